package stageflow.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Content types of workflow-spec D-1. */
public enum ContentType {
    INSTAGRAM, INSTAGRAM_REEL, INSTAGRAM_STORY, TIKTOK, YOUTUBE, YOUTUBE_SHORT, FACEBOOK, FACEBOOK_REEL, PINTEREST,
    TWITTER, LINKEDIN, SNAPCHAT, TWITCH, BLOG, IMAGE, VIDEO;

    /** The id operators type, e.g. {@code instagram-reel}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ContentType fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> WorkflowException.invalid("unknown content type '" + id + "'; types are "
                        + Arrays.stream(values()).map(ContentType::id).collect(Collectors.joining(", "))));
    }
}

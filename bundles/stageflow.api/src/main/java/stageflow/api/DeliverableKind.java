package stageflow.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Deliverable kinds of workflow-spec D-1. */
public enum DeliverableKind {
    /** Posts of one content type, {@code count >= 1}. */
    CONTENT,
    /** Sharing a URL. */
    AMPLIFY,
    /** A product review. */
    REVIEW;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DeliverableKind fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst()
                .orElseThrow(() -> WorkflowException.invalid("unknown deliverable kind '" + id + "'; kinds are "
                        + Arrays.stream(values()).map(DeliverableKind::id).collect(Collectors.joining(", "))));
    }
}

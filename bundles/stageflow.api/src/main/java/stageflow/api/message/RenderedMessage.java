package stageflow.api.message;

/** A template rendered for one influencer (a preview, or what a sender carries). */
public record RenderedMessage(String to, String subject, String body) {
}

package stageflow.api;

/**
 * What a deliverable should be (workflow-spec D-1). For an edit, null fields stay as they are.
 *
 * @param count number of posts, for {@code content} only
 * @param due   ISO date {@code yyyy-mm-dd}
 */
public record DeliverableSpec(DeliverableKind kind, ContentType contentType, Integer count, String url, String due,
        String description) {
}

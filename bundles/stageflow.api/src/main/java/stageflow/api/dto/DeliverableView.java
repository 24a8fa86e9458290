package stageflow.api.dto;

/**
 * A deliverable as operators see it.
 *
 * @param influencer the owner, or null in the campaign-level list
 * @param scope      {@code campaign} (from the campaign-level list) or {@code influencer}
 * @param locked     whether the owner's phase forbids editing it now (D-3); never for the campaign-level list
 * @param postUrl    the published content's URL once complete (D-8), else null
 */
public record DeliverableView(String id, String influencer, String kind, String contentType, int count, String url,
        String due, String description, String scope, boolean locked, boolean complete, String postUrl) {
}

package stageflow.store.spi;

/**
 * A deliverable as stored: plain values only.
 *
 * @param influencer  the owner, or null for the campaign-level list that new influencers receive (D-2)
 * @param id          unique in its campaign; an influencer's copy of a campaign-level deliverable keeps its id
 * @param kind        {@code content}, {@code amplify} or {@code review}
 * @param contentType for {@code content}: one of the D-1 types; else null
 * @param count       number of posts for {@code content}; 0 for other kinds
 * @param due         ISO date ({@code yyyy-mm-dd}) or null
 * @param fromCampaign true for an influencer's copy of a campaign-level deliverable (scope {@code campaign})
 * @param postUrl     the published content's URL once complete (D-8); null while not complete
 */
public record DeliverableRecord(String campaign, String influencer, String id, String kind, String contentType,
        int count, String url, String due, String description, boolean fromCampaign, String postUrl) {

    public boolean complete() {
        return postUrl != null;
    }

    /** This deliverable with its published content recorded (an empty URL when none was given). */
    public DeliverableRecord completedAt(String url) {
        return new DeliverableRecord(campaign, influencer, id, kind, contentType, count, this.url, due, description,
                fromCampaign, url == null ? "" : url);
    }

    /** The same deliverable owned by {@code owner}. */
    public DeliverableRecord ownedBy(String owner) {
        return new DeliverableRecord(campaign, owner, id, kind, contentType, count, url, due, description, fromCampaign,
                postUrl);
    }
}

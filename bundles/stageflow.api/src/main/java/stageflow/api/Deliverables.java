package stageflow.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import stageflow.api.dto.DeliverableChange;
import stageflow.api.dto.DeliverableCompletion;
import stageflow.api.dto.DeliverableView;

/**
 * Deliverables (workflow-spec D-1..D-8). {@code influencer} null means the campaign-level list, which new
 * influencers receive and whose changes reach exactly the influencers whose deliverables are open now (D-4).
 * {@code overrideLock} with a reason changes a locked influencer's deliverables where the phase policy allows it
 * (D-7).
 */
@ProviderType
public interface Deliverables {

    /** Assigns a new deliverable; its id is in the result. */
    DeliverableChange assign(String campaign, String influencer, DeliverableSpec spec, Origin origin,
            boolean overrideLock);

    /** Changes the given (non-null) fields of a deliverable. */
    DeliverableChange edit(String campaign, String influencer, String deliverable, DeliverableSpec changes,
            Origin origin, boolean overrideLock);

    DeliverableChange remove(String campaign, String influencer, String deliverable, Origin origin,
            boolean overrideLock);

    /**
     * Content binding (D-8): records a deliverable's published content, in a phase whose policy allows it, while the
     * campaign is live. When every deliverable of an influencer in content-creation is then complete, the
     * influencer moves to the next enabled stage in the same transaction.
     */
    DeliverableCompletion complete(String campaign, String influencer, String deliverable, String postUrl,
            Origin origin);

    /** One influencer's deliverables, or the campaign-level list when {@code influencer} is null. */
    List<DeliverableView> list(String campaign, String influencer);
}

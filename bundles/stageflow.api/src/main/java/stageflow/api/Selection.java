package stageflow.api;

import java.util.List;

/**
 * The influencers a bulk command works on (workflow-spec C-11): explicit ids or everyone in one stage, with an
 * optional guard on the count and all-or-nothing semantics on request.
 *
 * @param influencers explicit ids; empty when {@code stage} selects
 * @param stage       select everyone in this stage, or null
 * @param expect      when not null, the selection must hold exactly this many influencers or nothing changes
 * @param atomic      when true, one failure means nothing changes
 */
public record Selection(List<String> influencers, String stage, Integer expect, boolean atomic) {

    public Selection {
        influencers = influencers == null ? List.of() : List.copyOf(influencers);
    }

    public static Selection of(String... influencers) {
        return new Selection(List.of(influencers), null, null, false);
    }

    public static Selection of(List<String> influencers) {
        return new Selection(influencers, null, null, false);
    }

    public static Selection inStage(String stage) {
        return new Selection(List.of(), stage, null, false);
    }

    public Selection expecting(Integer count) {
        return new Selection(influencers, stage, count, atomic);
    }

    public Selection atomically(boolean allOrNothing) {
        return new Selection(influencers, stage, expect, allOrNothing);
    }
}

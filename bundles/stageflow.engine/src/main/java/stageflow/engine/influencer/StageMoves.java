package stageflow.engine.influencer;

import stageflow.api.WorkflowException;
import stageflow.api.stage.DefaultStage;
import stageflow.store.spi.ParticipationRecord;
import stageflow.engine.workflow.CampaignWorkflow;
import stageflow.engine.workflow.WorkflowStage;

/**
 * Where each action takes one influencer (workflow-spec S-1, C-5, C-10), or why it cannot. Pure decisions: nothing
 * here reads or writes the store.
 */
public final class StageMoves {
    private static final String DROPPED = DefaultStage.DROPPED.id();
    private static final String APPLIED = DefaultStage.APPLIED.id();
    private static final String INVITED = DefaultStage.INVITED.id();
    private static final String CONFIRMATION = DefaultStage.CONFIRMATION.id();

    private StageMoves() {
    }

    /** C-5: to the next enabled stage in order. */
    public static Move promote(ParticipationRecord p, CampaignWorkflow workflow) {
        requireNotDropped(p);
        if (p.stage().equals(DefaultStage.COMPLETE.id())) {
            throw WorkflowException.refused("S-1", "'" + p.influencer() + "' is complete; complete is the last stage."
                    + " Use influencer:move to take them back to an earlier stage");
        }
        if (p.stage().equals(APPLIED)) {
            throw WorkflowException.refused("S-1", "'" + p.influencer() + "' has applied; decide the application with"
                    + " influencer:accept or influencer:reject");
        }
        if (p.stage().equals(DefaultStage.DRAFT_REVIEW.id())) {
            throw WorkflowException.refused("D-9", "'" + p.influencer() + "' is in draft-review; approve the drafts"
                    + " with draft:approve " + p.campaign() + " " + p.influencer() + ", or move them back to draft");
        }
        return Move.manual(onward(p, workflow, p.stage()));
    }

    /**
     * C-5: the target of a move, checked once per command: it must be an enabled, available stage other than
     * dropped. A bad target refuses the whole command rather than each influencer.
     */
    public static WorkflowStage moveTarget(CampaignWorkflow workflow, String campaign, String target) {
        WorkflowStage stage = workflow.require(target, campaign);
        if (stage.isDropped()) {
            throw WorkflowException.refused("S-1", "influencers enter dropped only by being dropped; use"
                    + " influencer:drop " + campaign + " <influencer>... --reason <why>");
        }
        if (!stage.enabled()) {
            throw WorkflowException.refused("C-5", "stage '" + stage.id() + "' is disabled in campaign '" + campaign
                    + "'; enable it with workflow:enable " + campaign + " " + stage.id());
        }
        if (!stage.available()) {
            throw WorkflowException.refused("C-10", "stage '" + stage.id() + "' is unavailable: the bundle that"
                    + " provides it is not installed. Redeploy it, or move influencers elsewhere");
        }
        return stage;
    }

    /** C-5: to any enabled stage, forward or backward; {@code target} comes from {@link #moveTarget}. */
    public static Move move(ParticipationRecord p, WorkflowStage target) {
        requireNotDropped(p);
        if (target.id().equals(p.stage())) {
            throw WorkflowException.refused("C-5", "'" + p.influencer() + "' is already in " + target.id());
        }
        return Move.manual(target.id());
    }

    public static Move drop(ParticipationRecord p) {
        if (p.stage().equals(DROPPED)) {
            throw WorkflowException.refused("S-1", "'" + p.influencer() + "' is already dropped");
        }
        return Move.manual(DROPPED);
    }

    /** Back from dropped to {@code to}, or to the stage they were dropped from, or else the entry stage. */
    public static Move restore(ParticipationRecord p, CampaignWorkflow workflow, String to) {
        if (!p.stage().equals(DROPPED)) {
            throw WorkflowException.refused("S-1", "'" + p.influencer() + "' is not dropped (stage " + p.stage()
                    + "); only dropped influencers are restored");
        }
        String target = to != null ? to : p.droppedFrom() != null ? p.droppedFrom() : workflow.entryStage().id();
        WorkflowStage stage = workflow.require(target, p.campaign());
        if (stage.isDropped()) {
            throw WorkflowException.refused("S-1", "restore takes '" + p.influencer() + "' out of dropped; name"
                    + " another stage with --to");
        }
        if (!stage.enabled() && to == null) {
            throw WorkflowException.refused("C-5", "'" + p.influencer() + "' was dropped from " + target
                    + ", which is disabled now; choose an enabled stage with --to <stage>");
        }
        return Move.manual(enterable(stage, p).id());
    }

    /** An application: from invited, or by a non-member ({@code p == null}), into applied. */
    public static Move apply(ParticipationRecord p, String influencer, CampaignWorkflow workflow) {
        WorkflowStage applied = workflow.stage(APPLIED).filter(WorkflowStage::enabled).orElseThrow(() ->
                WorkflowException.refused("C-5", "the applied stage is disabled in this campaign, so it takes no"
                        + " applications; enable it with workflow:enable <campaign> applied"));
        if (p != null && !p.stage().equals(INVITED)) {
            throw WorkflowException.refused("S-1", "'" + influencer + "' is in " + p.stage() + "; only invited"
                    + " influencers (or people not yet in the campaign) apply");
        }
        return Move.auto(applied.id(), "apply");
    }

    /** The brand accepts an application: applied to the next enabled stage. */
    public static Move accept(ParticipationRecord p, CampaignWorkflow workflow) {
        requireIn(p, APPLIED, "accept");
        return Move.manual(onward(p, workflow, APPLIED));
    }

    /** The brand rejects an application: applied to dropped. */
    public static Move reject(ParticipationRecord p) {
        requireIn(p, APPLIED, "reject");
        return Move.manual(DROPPED);
    }

    /** The influencer confirms: confirmation to the next enabled stage. */
    public static Move confirm(ParticipationRecord p, CampaignWorkflow workflow) {
        requireIn(p, CONFIRMATION, "confirm");
        return Move.auto(onward(p, workflow, CONFIRMATION), "confirm");
    }

    /** The influencer opts out: confirmation to dropped. */
    public static Move optOut(ParticipationRecord p) {
        requireIn(p, CONFIRMATION, "opt out");
        return Move.auto(DROPPED, "opt-out");
    }

    /** D-9: every deliverable has a submitted draft: on to draft-review. */
    public static Move draftsSubmitted(ParticipationRecord p, CampaignWorkflow workflow) {
        return Move.auto(onward(p, workflow, p.stage()), "drafts-submitted");
    }

    /** D-9: every draft approved: from draft-review to the next enabled stage. */
    public static Move approve(ParticipationRecord p, CampaignWorkflow workflow) {
        return Move.manual(onward(p, workflow, p.stage()));
    }

    /** I-3: the last integrated incentive of a payment stage fulfilled: on to the next enabled stage. */
    public static Move incentivesFulfilled(ParticipationRecord p, CampaignWorkflow workflow) {
        return Move.auto(onward(p, workflow, p.stage()), "incentives-fulfilled");
    }

    /** D-8: every deliverable complete in content-creation: on to the next enabled stage. */
    public static Move contentComplete(ParticipationRecord p, CampaignWorkflow workflow) {
        return Move.auto(onward(p, workflow, p.stage()), "content-complete");
    }

    /** C-9: a custom stage's exit condition holds: on to the next enabled stage, journaled {@code auto:<stage>}. */
    public static Move exitReached(ParticipationRecord p, CampaignWorkflow workflow) {
        return Move.auto(onward(p, workflow, p.stage()), p.stage());
    }

    /** C-5: the id of the next enabled stage after {@code from}, which {@code p} may enter. */
    private static String onward(ParticipationRecord p, CampaignWorkflow workflow, String from) {
        WorkflowStage next = workflow.nextEnabledAfter(from).orElseThrow(() -> WorkflowException.refused("C-5",
                "no enabled stage follows '" + from + "' for '" + p.influencer() + "'"));
        return enterable(next, p).id();
    }

    /** C-5: disabled stages are never entered; C-10: nor stages whose bundle is gone. */
    private static WorkflowStage enterable(WorkflowStage stage, ParticipationRecord p) {
        if (!stage.enabled()) {
            throw WorkflowException.refused("C-5", "stage '" + stage.id() + "' is disabled in campaign '"
                    + p.campaign() + "'; enable it with workflow:enable " + p.campaign() + " " + stage.id());
        }
        if (!stage.available()) {
            throw WorkflowException.refused("C-10", "stage '" + stage.id() + "' is unavailable: the bundle that"
                    + " provides it is not installed. Redeploy it, or move '" + p.influencer() + "' elsewhere");
        }
        return stage;
    }

    private static void requireNotDropped(ParticipationRecord p) {
        if (p.stage().equals(DROPPED)) {
            throw WorkflowException.refused("S-1", "'" + p.influencer() + "' is dropped; bring them back with"
                    + " influencer:restore " + p.campaign() + " " + p.influencer() + " [--to <stage>]");
        }
    }

    private static void requireIn(ParticipationRecord p, String stage, String action) {
        if (!p.stage().equals(stage)) {
            throw WorkflowException.refused("S-1", "'" + p.influencer() + "' is in " + p.stage() + "; only"
                    + " influencers in " + stage + " can " + action);
        }
    }
}

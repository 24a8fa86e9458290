package stageflow.engine.deliverable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

import stageflow.api.DeliverableSpec;
import stageflow.api.Origin;
import stageflow.api.WorkflowException;
import stageflow.api.dto.DeliverableChange;
import stageflow.api.dto.DeliverableView;
import stageflow.engine.journal.Notes;
import stageflow.engine.workflow.CampaignWorkflow;
import stageflow.engine.workflow.PhasePolicies;
import stageflow.engine.workflow.WorkflowStage;
import stageflow.store.spi.DeliverableRecord;
import stageflow.store.spi.ParticipationRecord;
import stageflow.store.spi.StoreReader;
import stageflow.store.spi.StoreTransaction;

/**
 * Deliverable operations inside one store transaction (D-1..D-5, D-7). Whether an influencer's deliverables are
 * open is asked of the policy of their phase, never of a list of stages, so a custom stage behaves like the
 * default stages of its phase.
 */
public final class DeliverableWrites {
    private final LongSupplier clock;

    public DeliverableWrites(LongSupplier clock) {
        this.clock = clock;
    }

    /** One operation's context: the campaign's workflow and policies, who acts, whether a lock may be overridden. */
    public record Context(String campaign, CampaignWorkflow workflow, PhasePolicies policies, Origin origin,
            boolean override) {
    }

    public DeliverableChange assign(StoreTransaction tx, Context cx, String influencer, DeliverableSpec spec) {
        String id = "d" + tx.nextDeliverableNumber(cx.campaign());
        if (influencer == null) {
            DeliverableRecord template = DeliverableRules.create(cx.campaign(), null, id, spec, false);
            return campaignLevel(tx, cx, null, template, copy -> template.ownedBy(copy.influencer()));
        }
        DeliverableRecord created = DeliverableRules.create(cx.campaign(), influencer, id, spec, false);
        return own(tx, cx, influencer, null, created);
    }

    public DeliverableChange edit(StoreTransaction tx, Context cx, String influencer, String id, DeliverableSpec spec) {
        DeliverableRecord current = find(tx, cx.campaign(), influencer, id);
        DeliverableRecord changed = DeliverableRules.merge(current, spec);
        if (changed.equals(current)) {
            throw WorkflowException.invalid("deliverable " + id + " already is " + DeliverableRules.describe(current)
                    + "; nothing to change: give the options that differ (--count, --due, ...)");
        }
        if (influencer == null) {
            return campaignLevel(tx, cx, current, changed, copy -> copy(changed, copy));
        }
        return own(tx, cx, influencer, current, changed);
    }

    public DeliverableChange remove(StoreTransaction tx, Context cx, String influencer, String id) {
        DeliverableRecord current = find(tx, cx.campaign(), influencer, id);
        if (influencer == null) {
            return campaignLevel(tx, cx, current, null, copy -> null);
        }
        return own(tx, cx, influencer, current, null);
    }

    /**
     * D-8: records published content, only where the phase policy allows content binding. Returns true when every
     * deliverable of the influencer is complete now.
     */
    public boolean complete(StoreTransaction tx, Context cx, ParticipationRecord p, String id, String url) {
        var phase = cx.workflow().phaseOf(p.stage());
        if (!cx.policies().of(phase).contentBinding()) {
            throw WorkflowException.refused("D-8", "published content is recorded only in the participants phase;"
                    + " influencer '" + p.influencer() + "' is in phase " + phase.id() + " (stage " + p.stage() + ")");
        }
        DeliverableRecord d = find(tx, cx.campaign(), p.influencer(), id);
        if (d.complete()) {
            throw WorkflowException.invalid("deliverable " + id + " of '" + p.influencer() + "' is already complete"
                    + (d.postUrl().isEmpty() ? "" : " (" + d.postUrl() + ")"));
        }
        tx.putDeliverable(d.completedAt(url));
        journal(tx, cx, p, "deliverable:complete", id + ": complete" + (url == null ? "" : " " + url));
        return tx.deliverables(cx.campaign(), p.influencer()).stream().allMatch(DeliverableRecord::complete);
    }

    /** D-2: a new influencer receives the campaign-level list. */
    public static void handOut(StoreTransaction tx, List<DeliverableRecord> campaignLevel, String influencer) {
        for (DeliverableRecord template : campaignLevel) {
            tx.putDeliverable(copy(template, template.ownedBy(influencer)));
        }
    }

    public static List<DeliverableView> views(StoreReader tx, CampaignWorkflow workflow, PhasePolicies policies,
            String campaign, String influencer) {
        boolean locked = false;
        if (influencer != null) {
            ParticipationRecord p = tx.participation(campaign, influencer).orElseThrow();
            locked = !DeliverableRules.open(policies.of(workflow.phaseOf(p.stage())));
        }
        List<DeliverableView> views = new ArrayList<>();
        for (DeliverableRecord d : tx.deliverables(campaign, influencer)) {
            views.add(new DeliverableView(d.id(), d.influencer(), d.kind(), d.contentType(), d.count(), d.url(),
                    d.due(), d.description(), d.fromCampaign() || influencer == null ? "campaign" : "influencer",
                    locked, d.complete(), d.postUrl()));
        }
        return views;
    }

    /** One influencer's own list: D-3 lock, D-7 override. */
    private DeliverableChange own(StoreTransaction tx, Context cx, String influencer, DeliverableRecord before,
            DeliverableRecord after) {
        ParticipationRecord p = tx.participation(cx.campaign(), influencer).orElseThrow(() ->
                WorkflowException.invalid("'" + influencer + "' is not in campaign '" + cx.campaign() + "'"));
        boolean overridden = DeliverableRules.requireEditable(p, cx.workflow().phaseOf(p.stage()),
                cx.policies().of(cx.workflow().phaseOf(p.stage())), cx.override(), cx.origin().reason());
        write(tx, before, after);
        journal(tx, cx, p, cause(before, after) + (overridden ? ":override-lock" : ""),
                DeliverableRules.diff(before, after));
        return new DeliverableChange(id(before, after), 1, 0, cx.origin().dryRun());
    }

    /** D-4: the campaign-level list, and exactly the influencers whose deliverables are open now. */
    private DeliverableChange campaignLevel(StoreTransaction tx, Context cx, DeliverableRecord before,
            DeliverableRecord after, UnaryOperator<DeliverableRecord> forInfluencer) {
        if (cx.override()) {
            throw WorkflowException.invalid("--override-lock changes one influencer's deliverables; a campaign-level"
                    + " change reaches only influencers whose deliverables are open (D-4)");
        }
        write(tx, before, after);
        String detail = DeliverableRules.diff(before, after);
        long updated = 0;
        long locked = 0;
        for (WorkflowStage stage : cx.workflow().stages()) {
            if (!DeliverableRules.open(cx.policies().of(stage.phase()))) {
                locked += tx.count(cx.campaign(), stage.id());
                continue;
            }
            for (String influencer : tx.influencersIn(cx.campaign(), stage.id())) {
                ParticipationRecord p = tx.participation(cx.campaign(), influencer).orElseThrow();
                String id = id(before, after);
                DeliverableRecord mine = tx.deliverables(cx.campaign(), influencer).stream()
                        .filter(d -> d.id().equals(id)).findFirst().orElse(null);
                DeliverableRecord next = after == null ? null
                        : forInfluencer.apply(mine != null ? mine : after.ownedBy(influencer));
                write(tx, mine, next == null ? null : copy(next, next));
                journal(tx, cx, p, cause(before, after), detail + " (campaign-level)");
                updated++;
            }
        }
        Notes.appendCampaign(tx, cx.campaign(), clock.getAsLong(), cause(before, after), cx.origin(),
                detail + " (campaign-level: " + updated + " updated, " + locked + " locked)");
        return new DeliverableChange(id(before, after), updated, locked, cx.origin().dryRun());
    }

    /** An influencer's copy of a campaign-level deliverable: scope campaign, their completion kept. */
    private static DeliverableRecord copy(DeliverableRecord template, DeliverableRecord mine) {
        return new DeliverableRecord(template.campaign(), mine.influencer(), template.id(), template.kind(),
                template.contentType(), template.count(), template.url(), template.due(), template.description(), true,
                mine.postUrl());
    }

    private static void write(StoreTransaction tx, DeliverableRecord before, DeliverableRecord after) {
        if (after != null) {
            tx.putDeliverable(after);
        } else if (before != null) {
            tx.removeDeliverable(before.campaign(), before.influencer(), before.id());
        }
    }

    private void journal(StoreTransaction tx, Context cx, ParticipationRecord p, String cause, String detail) {
        Notes.append(tx, clock.getAsLong(), p, cause, cx.origin(), detail);
    }

    private static String cause(DeliverableRecord before, DeliverableRecord after) {
        return before == null ? "deliverable:assign" : after == null ? "deliverable:remove" : "deliverable:edit";
    }

    private static String id(DeliverableRecord before, DeliverableRecord after) {
        return after != null ? after.id() : before.id();
    }

    private static DeliverableRecord find(StoreReader tx, String campaign, String influencer, String id) {
        return tx.deliverables(campaign, influencer).stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseThrow(() -> WorkflowException.invalid("no deliverable '" + id + "' "
                        + (influencer == null ? "in the campaign-level list" : "of '" + influencer + "'")
                        + " in campaign '" + campaign + "'; deliverable:list " + campaign
                        + (influencer == null ? " --campaign" : " " + influencer) + " lists them"));
    }
}

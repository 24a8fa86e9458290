package stageflow.engine.tx;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import stageflow.api.CampaignStatus;
import stageflow.api.Ids;
import stageflow.api.Origin;
import stageflow.api.WorkflowException;
import stageflow.api.dto.CampaignSummary;
import stageflow.api.stage.StageRegistry;
import stageflow.engine.campaign.CampaignLifecycle;
import stageflow.engine.incentive.IncentiveStatuses;
import stageflow.engine.influencer.Transitions;
import stageflow.engine.message.MessageTriggers;
import stageflow.engine.workflow.CampaignWorkflow;
import stageflow.engine.workflow.PhasePolicies;
import stageflow.engine.tx.StageChangeEvents.Announced;
import stageflow.engine.webhook.Outbox;
import stageflow.store.spi.CampaignRecord;
import stageflow.store.spi.DraftRecord;
import stageflow.store.spi.JournalRecord;
import stageflow.store.spi.ParticipationRecord;
import stageflow.store.spi.StoreReader;
import stageflow.store.spi.StoreSeal;
import stageflow.store.spi.StoreTransaction;
import stageflow.store.spi.WorkflowStore;

/**
 * What every engine operation shares, composed into each service: one store transaction per operation (rolled
 * back for a refusal or a dry run), the lookups that refuse unknown ids, a campaign's workflow resolved against the
 * stages available now, and the {@link Transitions} that store a stage change with its journal entry. A plain
 * object each engine component makes for itself; never a service, so the store behind it is reachable through no
 * registry lookup.
 */
public final class Transactions {
    private final WorkflowStore store;
    private final StageRegistry registry;
    private final Clock clock;
    private final Transitions transitions;
    private final AtomicReference<StageChangeEvents> events = new AtomicReference<>(StageChangeEvents.NONE);
    private final AtomicReference<PhasePolicies> policies = new AtomicReference<>();

    /**
     * The engine's transactions on the store DS handed a component: only a store the seal handed out is taken, so a
     * store service another bundle registers can never become the engine's store.
     */
    public static Transactions sealed(WorkflowStore store, StageRegistry registry) {
        if (!StoreSeal.genuine(store)) {
            throw new IllegalStateException("the WorkflowStore offered to the engine was not registered through the"
                    + " store seal; the engine takes no other store");
        }
        return new Transactions(store, registry, Clock.systemUTC());
    }

    public Transactions(WorkflowStore store, StageRegistry registry, Clock clock) {
        this.store = store;
        this.registry = registry;
        this.clock = clock;
        this.transitions = new Transitions(registry, clock::millis);
    }

    /**
     * The phase policies incentive statuses follow (I-2); the first a component gives is kept. Without any, the
     * defaults of I-2 apply.
     */
    public Transactions following(PhasePolicies given) {
        policies.compareAndSet(null, given);
        return this;
    }

    /** From now on, committed stage changes are told to {@code listener} (an Event Admin that came). */
    public void announceTo(StageChangeEvents listener) {
        events.set(listener);
    }

    /** No more to {@code listener} (its Event Admin went), unless another has taken its place since. */
    public void stopAnnouncingTo(StageChangeEvents listener) {
        events.getAndUpdate(current -> current.equals(listener) ? StageChangeEvents.NONE : current);
    }

    public StageRegistry registry() {
        return registry;
    }

    public Transitions transitions() {
        return transitions;
    }

    public long now() {
        return clock.millis();
    }

    /** A consistent copy of the store in {@code target} (store:backup). */
    public long backup(Path target) {
        return store.backup(target);
    }

    public <T> T read(Function<StoreReader, T> query) {
        return store.read(query);
    }

    /** A change by {@code origin} in one transaction; a dry run computes the same answer and is rolled back. */
    public <T> T write(Origin origin, Function<StoreTransaction, T> work) {
        if (origin.actor() == null || origin.actor().isBlank()) {
            throw WorkflowException.invalid("every change needs an actor");
        }
        Ids.text("reason", origin.reason());
        if (origin.dryRun()) {
            return store.simulate(work);
        }
        StageChangeEvents listener = events.get();
        List<Announced> announced = new ArrayList<>();
        List<StageChangeEvents.IncentiveAnnounced> incentives = new ArrayList<>();
        T result = store.write(tx -> {
            Recording recording = new Recording(tx);
            T answer = work.apply(recording);
            long now = now();
            // the consequences of the changes, in rounds: an I-3 move made by the last round is a change too, with
            // its own deliveries, messages and statuses
            List<Recording.Recorded> all = recording.changes();
            int done = 0;
            do { // once at least: a needs-work review changes no stage yet queues its message
                List<Recording.Recorded> round = List.copyOf(all.subList(done, all.size()));
                consequences(tx, recording, round, done == 0 ? recording.needsWork() : List.of(), now, origin);
                done += round.size();
            } while (done < all.size());
            List<Recording.Recorded> changes = List.copyOf(all);
            List<Recording.IncentiveStatus> statuses = recording.incentives();
            Outbox.enqueueIncentives(tx, statuses.stream().map(i -> new Outbox.IncentiveStatus(i.previous(),
                    i.incentive())).toList(), origin.actor(), now);
            if (listener.listening()) {
                announced.addAll(labelled(tx, changes));
                statuses.forEach(i -> incentives.add(new StageChangeEvents.IncentiveAnnounced(i.previous(),
                        i.incentive(), origin.actor(), now)));
            }
            return answer;
        });
        // E-2: only what committed is told, after the commit; a listener going away (Event Admin stopping) never
        // turns a committed command into a failed one, which a script would then repeat
        if (!announced.isEmpty() || !incentives.isEmpty()) {
            try {
                if (!announced.isEmpty()) {
                    listener.committed(announced);
                }
                if (!incentives.isEmpty()) {
                    listener.committedIncentives(incentives);
                }
            } catch (RuntimeException gone) {
                events.compareAndSet(listener, StageChangeEvents.NONE);
            }
        }
        return result;
    }

    /**
     * What stage changes bring with them, in their transaction: W-1 deliveries, M-1 messages, I-2 statuses (written
     * through the recording so that they are told, and an I-3 move made here is a change of the next round).
     */
    private void consequences(StoreTransaction tx, Recording recording, List<Recording.Recorded> changes,
            List<DraftRecord> needsWork, long now, Origin origin) {
        Outbox.enqueue(tx, changes.stream().map(r -> new Outbox.Change(r.campaign(), r.entry())).toList(), now,
                this::workflow);
        new MessageTriggers(tx, this::workflow, now).queue(changes.stream()
                .map(r -> new MessageTriggers.Entry(r.campaign(), r.entry().influencer(), r.entry().to())).toList(),
                needsWork);
        IncentiveStatuses.follow(recording, changes.stream().map(r -> new IncentiveStatuses.Entry(r.campaign(),
                r.entry().influencer(), r.entry().from(), r.entry().to())).toList(), this::workflow, policies.get(),
                transitions, now, origin);
    }

    /** The labels of the stages as each campaign's workflow names them, read once per campaign. */
    private List<Announced> labelled(StoreReader tx, List<Recording.Recorded> changes) {
        Map<String, CampaignWorkflow> workflows = new HashMap<>();
        List<Announced> announced = new ArrayList<>(changes.size());
        for (Recording.Recorded change : changes) {
            CampaignWorkflow workflow = workflows.computeIfAbsent(change.campaign(), id -> tx.campaign(id)
                    .map(this::workflow).orElse(null));
            JournalRecord entry = change.entry();
            announced.add(new Announced(change.campaign(), entry, label(workflow, entry.to()),
                    entry.from() == null ? null : label(workflow, entry.from())));
        }
        return announced;
    }

    private static String label(CampaignWorkflow workflow, String stage) {
        return workflow == null ? stage : workflow.labelOf(stage);
    }

    /** An operator's change inside a campaign: A-3 (draft, live, paused), C-8 (never archived). */
    public <T> T onCampaign(String campaign, Origin origin, CampaignWork<T> work) {
        Ids.campaign(campaign);
        return write(origin, tx -> {
            CampaignRecord record = requireCampaign(tx, campaign);
            CampaignLifecycle.requireOperable(record);
            return work.apply(tx, record);
        });
    }

    /** One influencer's operation: an influencer-side action (A-2, live only) when named, else an operator's. */
    public <T> T onParticipant(String campaign, String influencer, Origin origin, String influencerAction,
            ParticipantWork<T> work) {
        Ids.campaign(campaign);
        Ids.influencer(influencer);
        return write(origin, tx -> {
            CampaignRecord record = requireCampaign(tx, campaign);
            if (influencerAction != null) {
                CampaignLifecycle.requireLive(record, influencerAction);
            } else {
                CampaignLifecycle.requireOperable(record);
            }
            return work.apply(tx, record, requireParticipation(tx, campaign, influencer));
        });
    }

    /** A read about one influencer of a campaign; both must exist. */
    public <T> T readParticipant(String campaign, String influencer, ParticipantRead<T> query) {
        Ids.campaign(campaign);
        Ids.influencer(influencer);
        return store.read(tx -> query.apply(tx, requireCampaign(tx, campaign),
                requireParticipation(tx, campaign, influencer)));
    }

    /** The campaign's workflow with phases (P-1) and availability (C-10) as the registry knows them now. */
    public CampaignWorkflow workflow(CampaignRecord record) {
        return new CampaignWorkflow(record.workflow(), registry::stage);
    }

    public static CampaignRecord requireCampaign(StoreReader tx, String campaign) {
        return tx.campaign(campaign).orElseThrow(() -> WorkflowException.invalid("no campaign '" + campaign
                + "'; campaign:list shows the campaigns"));
    }

    public static ParticipationRecord requireParticipation(StoreReader tx, String campaign, String influencer) {
        return tx.participation(campaign, influencer).orElseThrow(() -> WorkflowException.invalid("'" + influencer
                + "' is not in campaign '" + campaign + "'; add them with influencer:add " + campaign + " "
                + influencer));
    }

    public static CampaignSummary summary(StoreReader tx, CampaignRecord record) {
        return new CampaignSummary(record.id(), record.name(), record.status(), tx.members(record.id()));
    }

    public static boolean live(CampaignRecord record) {
        return record.status() == CampaignStatus.LIVE;
    }

    public interface CampaignWork<T> {
        T apply(StoreTransaction tx, CampaignRecord record);
    }

    public interface ParticipantWork<T> {
        T apply(StoreTransaction tx, CampaignRecord record, ParticipationRecord p);
    }

    public interface ParticipantRead<T> {
        T apply(StoreReader tx, CampaignRecord record, ParticipationRecord p);
    }
}

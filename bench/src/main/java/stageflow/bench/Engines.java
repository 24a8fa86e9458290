package stageflow.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.mapdb.DB;
import org.mapdb.DBMaker;

import stageflow.api.NewInfluencer;
import stageflow.api.Origin;
import stageflow.api.Phase;
import stageflow.api.phase.PhasePolicy;
import stageflow.api.stage.DefaultStage;
import stageflow.engine.campaign.CampaignsComponent;
import stageflow.engine.influencer.InfluencersComponent;
import stageflow.engine.influencer.MovesComponent;
import stageflow.engine.message.MessagesComponent;
import stageflow.engine.tx.Transactions;
import stageflow.engine.webhook.OutboxComponent;
import stageflow.engine.webhook.WebhooksComponent;
import stageflow.engine.workflow.PhasePolicies;
import stageflow.engine.workflow.WorkflowsComponent;
import stageflow.registry.StageCatalog;
import stageflow.registry.StageIndex;
import stageflow.registry.StageObject;
import stageflow.store.mapdb.MapDbStore;

/** Stageflow's engine services on their real store and registry, composed as DS composes them, minus OSGi. */
final class Engines implements AutoCloseable {
    static final Origin OP = Origin.operator("bench");

    /** A phase policy with the defaults of workflow-spec section 3. */
    record Policy(Phase phase, boolean deliverableEditing, boolean lockOverride, boolean contentBinding,
            String incentiveStatus) implements PhasePolicy {
    }

    final MapDbStore store;
    final StageCatalog stages = new StageCatalog(warning -> { });
    final CampaignsComponent campaigns;
    final WorkflowsComponent workflows;
    final InfluencersComponent influencers;
    final MovesComponent moves;
    final WebhooksComponent webhooks;
    final OutboxComponent outbox;
    final MessagesComponent messages;

    Engines(Path dir) {
        store = new MapDbStore(dir);
        long id = 0;
        for (DefaultStage s : DefaultStage.values()) {
            stages.index().add(new StageIndex.Provider(++id, 0, s.id(), s.label(), "", "stageflow.registry",
                    StageObject.none()));
        }
        Transactions tx = new Transactions(store, stages, Clock.systemUTC());
        PhasePolicies policies = new PhasePolicies(List.of(
                new Policy(Phase.CANDIDATES, true, false, false, "draft"),
                new Policy(Phase.PARTICIPANTS, false, true, true, "pending"),
                new Policy(Phase.COMPLETE, false, true, false, null),
                new Policy(Phase.DROPPED, false, true, false, "draft")));
        campaigns = new CampaignsComponent(tx);
        workflows = new WorkflowsComponent(tx, policies);
        influencers = new InfluencersComponent(tx, policies);
        moves = new MovesComponent(tx);
        webhooks = new WebhooksComponent(tx);
        outbox = new OutboxComponent(tx);
        messages = new MessagesComponent(tx);
    }

    /** Adds {@code count} influencers {@code prefix0..} in chunks of 100,000 (one transaction each). */
    void add(String campaign, String prefix, int count) {
        for (int from = 0; from < count; from += 100_000) {
            int to = Math.min(count, from + 100_000);
            List<NewInfluencer> chunk = new ArrayList<>(to - from);
            IntStream.range(from, to).forEach(i -> chunk.add(NewInfluencer.of(prefix + i)));
            influencers.add(campaign, chunk, OP, null);
        }
    }

    /** MapDB configured exactly as the store configures it: memory-mapped file, write-ahead log, transactions. */
    static DB floor(Path file) {
        return DBMaker.fileDB(file.toFile()).fileMmapEnableIfSupported().cleanerHackEnable().transactionEnable()
                .make();
    }

    @Override
    public void close() {
        stages.close();
        store.close();
    }
}

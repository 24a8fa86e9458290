package stageflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import stageflow.api.Campaigns;
import stageflow.api.Deliverables;
import stageflow.api.Drafts;
import stageflow.api.InfluencerMoves;
import stageflow.api.Influencers;
import stageflow.api.Journal;
import stageflow.api.NewInfluencer;
import stageflow.api.Origin;
import stageflow.api.Phase;
import stageflow.api.StatusChange;
import stageflow.api.StoreMaintenance;
import stageflow.api.WorkflowException;
import stageflow.api.access.Access;
import stageflow.api.Workflows;
import stageflow.api.phase.PhasePolicy;
import stageflow.api.stage.DefaultStage;
import stageflow.api.stage.StageDefinition;
import stageflow.engine.access.AccessComponent;
import stageflow.engine.campaign.CampaignsComponent;
import stageflow.engine.deliverable.DeliverablesComponent;
import stageflow.engine.deliverable.DraftsComponent;
import stageflow.engine.influencer.InfluencersComponent;
import stageflow.engine.influencer.MovesComponent;
import stageflow.engine.journal.JournalComponent;
import stageflow.engine.maintenance.MaintenanceComponent;
import stageflow.engine.tx.Transactions;
import stageflow.engine.workflow.PhasePolicies;
import stageflow.engine.workflow.WorkflowsComponent;
import stageflow.registry.StageCatalog;
import stageflow.registry.StageIndex;
import stageflow.registry.StageObject;
import stageflow.store.mapdb.MapDbStore;

/**
 * The engine's services on the real parts: MapDB on disk and the registry's index with the 13 default stages (plus
 * whatever a test registers), composed as DS composes them. {@link #refused} proves that a refusal changed nothing
 * stored.
 */
abstract class EngineFixture {
    static final Origin OP = Origin.operator("tester");
    /** The transactions every component of the fixture shares. */
    Transactions transactions;

    @TempDir
    Path dir;

    MapDbStore store;
    /** The phase policies with the defaults of workflow-spec section 3; a test may replace one before start. */
    List<PhasePolicy> policies = new ArrayList<>(List.of(
            new Policy(Phase.CANDIDATES, true, false, false, "draft"),
            new Policy(Phase.PARTICIPANTS, false, true, true, "pending"),
            new Policy(Phase.COMPLETE, false, true, false, null),
            new Policy(Phase.DROPPED, false, true, false, "draft")));
    StageCatalog catalog;
    StageIndex stages;
    /** What the registry logged: ignored providers and hooks that counted as no. */
    final List<String> warnings = new CopyOnWriteArrayList<>();
    Campaigns campaigns;
    Workflows workflows;
    Influencers influencers;
    InfluencerMoves moves;
    Deliverables deliverables;
    Drafts drafts;
    Journal journal;
    StoreMaintenance maintenance;
    Access access;
    private long serviceIds;

    @BeforeEach
    void start() {
        store = new MapDbStore(dir);
        catalog = new StageCatalog(warnings::add);
        stages = catalog.index();
        for (DefaultStage s : DefaultStage.values()) {
            provide(s.id(), s.label());
        }
        Transactions tx = new Transactions(store, catalog,
                Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC));
        transactions = tx;
        PhasePolicies phases = new PhasePolicies(policies);
        campaigns = new CampaignsComponent(tx);
        workflows = new WorkflowsComponent(tx, phases);
        influencers = new InfluencersComponent(tx, phases);
        moves = new MovesComponent(tx);
        deliverables = new DeliverablesComponent(tx, phases);
        drafts = new DraftsComponent(tx);
        journal = new JournalComponent(tx);
        maintenance = new MaintenanceComponent(tx);
        access = new AccessComponent(tx);
    }

    @AfterEach
    void stop() {
        catalog.close();
        store.close();
    }

    /** A phase policy as plain values, like the configured ones of stageflow.phases. */
    record Policy(Phase phase, boolean deliverableEditing, boolean lockOverride, boolean contentBinding,
            String incentiveStatus) implements PhasePolicy {
    }

    long provide(String id, String label) {
        return provide(id, label, null);
    }

    /** Provides a stage whose definition (with or without hooks) is {@code definition}. */
    long provide(String id, String label, StageDefinition definition) {
        long serviceId = ++serviceIds;
        stages.add(new StageIndex.Provider(serviceId, 0, id, label, "", id.contains("-x") ? "ext" : "stageflow.registry",
                definition == null ? StageObject.none() : StageObject.of(() -> definition)));
        return serviceId;
    }

    void campaign(String id, String... influencers) {
        campaigns.create(id, null, OP);
        if (influencers.length > 0) {
            add(id, influencers);
        }
    }

    void add(String campaign, String... ids) {
        influencers.add(campaign, Arrays.stream(ids).map(NewInfluencer::of).toList(), OP, null);
    }

    void live(String campaign) {
        campaigns.changeStatus(campaign, StatusChange.LAUNCH, OP);
    }

    String stageOf(String campaign, String influencer) {
        return influencers.get(campaign, influencer).stage();
    }

    /** Everything stored, as comparable values: campaigns, boards, every participation, every journal. */
    List<Object> snapshot() {
        return store.read(tx -> {
            List<Object> all = new ArrayList<>();
            tx.campaigns().forEach(c -> {
                all.add(c);
                all.add(tx.participations(c.id()));
                all.add(tx.journal(c.id(), null));
                all.add(tx.deliverables(c.id(), null));
                tx.participations(c.id()).forEach(p -> all.add(tx.deliverables(c.id(), p.influencer())));
                tx.participations(c.id()).forEach(p -> all.add(tx.data(c.id(), p.influencer())));
                all.add(tx.members(c.id()));
                all.add(tx.templates(c.id()));
                all.add(tx.incentives(c.id(), null));
                tx.participations(c.id()).forEach(p -> all.add(tx.incentives(c.id(), p.influencer())));
                all.add(tx.messages(c.id(), null));
                c.workflow().forEach(slot -> all.add(slot.stage() + "=" + tx.count(c.id(), slot.stage()) + "/"
                        + tx.entered(c.id(), slot.stage()) + tx.influencersIn(c.id(), slot.stage())));
            });
            all.add(tx.accessRecords());
            all.add(tx.journal(stageflow.store.spi.JournalRecord.ACCESS_JOURNAL, null));
            return all;
        });
    }

    /** Asserts a bulk call changed nobody, failed every influencer under {@code rule}, and stored nothing. */
    void refusedEach(String rule, java.util.function.Supplier<stageflow.api.dto.BulkResult> call) {
        List<Object> before = snapshot();
        stageflow.api.dto.BulkResult result = call.get();
        assertThat(result.changed()).isEmpty();
        assertThat(result.failed()).isNotEmpty().allSatisfy(f -> assertThat(f.rule()).as(f.line()).isEqualTo(rule));
        assertThat(snapshot()).as("stored state after a refusal").isEqualTo(before);
    }

    /** Asserts the call is refused under {@code rule} and that nothing stored changed. */
    void refused(String rule, ThrowingCallable call) {
        List<Object> before = snapshot();
        assertThatThrownBy(call).isInstanceOfSatisfying(WorkflowException.class, e -> {
            assertThat(e.rule()).as("rule of: " + e.getMessage()).isEqualTo(rule);
            assertThat(e.getMessage()).startsWith(rule == null ? "error: " : "refused (" + rule + "): ")
                    .doesNotContain("\n");
        });
        assertThat(snapshot()).as("stored state after a refusal").isEqualTo(before);
    }
}

package stageflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import stageflow.api.NewInfluencer;
import stageflow.api.Selection;
import stageflow.api.WorkflowException;
import stageflow.engine.tx.StageChangeEvents;

/** E-2 on the real store: what the engine announces, and when it announces nothing. */
class StageEventsTest extends EngineFixture {
    private final List<List<StageChangeEvents.Announced>> told = new ArrayList<>();
    private final List<StageChangeEvents.IncentiveAnnounced> incentivesTold = new ArrayList<>();
    private final StageChangeEvents listener = new StageChangeEvents() {
        @Override
        public void committedIncentives(List<IncentiveAnnounced> changes) {
            incentivesTold.addAll(changes);
        }

        @Override
        public boolean listening() {
            return true;
        }

        @Override
        public void committed(List<Announced> changes) {
            told.add(List.copyOf(changes));
        }
    };

    @BeforeEach
    void listen() {
        campaign("c1", "ana", "ben");
        transactions.announceTo(listener);
    }

    @Test
    @DisplayName("E-2 one announcement per committed transaction, its stage changes in journal order with labels")
    void committed() {
        moves.promote("c1", Selection.of("ana", "ben"), OP);
        assertThat(told).hasSize(1);
        assertThat(told.get(0)).extracting(a -> a.entry().influencer() + ":" + a.previousLabel() + "->"
                + a.currentLabel()).containsExactly("ana:Candidates->Invited", "ben:Candidates->Invited");
        assertThat(told.get(0)).extracting(a -> a.entry().seq()).isSorted();
    }

    @Test
    @DisplayName("E-2 a dry run, a refused command, a rolled-back bulk and a note announce nothing")
    void nothingElse() {
        moves.promote("c1", Selection.of("ana"), OP.dryRun(true));
        assertThatThrownBy(() -> moves.move("c1", "no-such-stage", Selection.of("ana"), OP))
                .isInstanceOf(WorkflowException.class);
        assertThat(told).as("a dry run and a refusal").isEmpty();
        moves.drop("c1", Selection.of("ben"), OP.because("no reply"));
        assertThat(told).as("the drop, which committed").hasSize(1);
        told.clear();
        // ben cannot be promoted out of dropped: with atomic, ana's promote rolls back too
        assertThatThrownBy(() -> moves.promote("c1", Selection.of("ana", "ben").atomically(true), OP))
                .isInstanceOf(WorkflowException.class);
        influencers.recordData("c1", "ana", java.util.Map.of("size", "M"), OP);
        assertThat(told).isEmpty();
    }

    @Test
    @DisplayName("E-2 an add is announced without a previous stage; after stopping, nothing more is told")
    void addsAndStop() {
        influencers.add("c1", List.of(new NewInfluencer("cy", null, null)), OP, done -> { });
        assertThat(told).singleElement().satisfies(t -> assertThat(t).singleElement().satisfies(a -> {
            assertThat(a.entry().from()).isNull();
            assertThat(a.previousLabel()).isNull();
            assertThat(a.currentLabel()).isEqualTo("Candidates");
        }));
        transactions.stopAnnouncingTo(listener);
        moves.promote("c1", Selection.of("cy"), OP);
        assertThat(told).hasSize(1);
    }

    @Test
    @DisplayName("I-2, E-2 incentive status changes are told after their commit: received, readied, fulfilled;"
            + " never for a dry run")
    void incentiveStatuses() {
        var incentives = new stageflow.engine.incentive.IncentivesComponent(transactions,
                new stageflow.engine.workflow.PhasePolicies(policies));
        incentives.add("c1", "ana", new stageflow.api.incentive.IncentiveSpec("payment", "10", "EUR", "pre-payment",
                true, null), OP, false);
        moves.move("c1", "pre-payment", Selection.of("ana"), OP.dryRun(true));
        assertThat(incentivesTold).extracting(a -> a.previous() + "->" + a.incentive().status())
                .as("received; the dry run told nothing").containsExactly("null->draft");
        live("c1");
        moves.move("c1", "pre-payment", Selection.of("ana"), OP);
        incentives.fulfill("c1", "ana", "i1", "PAY-1", OP);
        assertThat(incentivesTold).extracting(a -> a.previous() + "->" + a.incentive().status(), a -> a.actor())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("null->draft", "tester"),
                        org.assertj.core.groups.Tuple.tuple("draft->ready", "tester"),
                        org.assertj.core.groups.Tuple.tuple("ready->fulfilled", "tester"));
    }
}

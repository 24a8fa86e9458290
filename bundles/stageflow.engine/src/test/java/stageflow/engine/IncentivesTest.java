package stageflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import stageflow.api.Selection;
import stageflow.api.dto.JournalEntry;
import stageflow.api.dto.StageChange;
import stageflow.api.incentive.BudgetLine;
import stageflow.api.incentive.IncentiveChange;
import stageflow.api.incentive.IncentiveSpec;
import stageflow.api.incentive.IncentiveView;
import stageflow.engine.incentive.IncentivesComponent;
import stageflow.engine.workflow.PhasePolicies;

/** Incentives on the real store, without a framework: I-1 what they may be, I-2 statuses, I-3 moving on. */
class IncentivesTest extends EngineFixture {
    private IncentivesComponent incentives;

    @BeforeEach
    void campaignWithInfluencers() {
        incentives = new IncentivesComponent(transactions, new PhasePolicies(policies));
        campaign("c1", "ana", "ben");
    }

    static IncentiveSpec payment(String amount, String stage, boolean integrated) {
        return new IncentiveSpec("payment", amount, "EUR", stage, integrated, null);
    }

    private String status(String influencer, String id) {
        return incentives.list("c1", influencer, null).stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow().status();
    }

    @Test
    @DisplayName("I-1 kinds, amounts in the currency's precision as exact decimals, the linked stage, integrated")
    void whatAnIncentiveMayBe() {
        IncentiveView i1 = incentives.add("c1", "ana", payment("250", "pre-payment", true), OP, false).incentive();
        assertThat(i1).extracting(IncentiveView::id, IncentiveView::amount, IncentiveView::currency,
                IncentiveView::status).containsExactly("i1", "250.00", "EUR", "draft");
        assertThat(incentives.add("c1", "ana", new IncentiveSpec("gift-card", "5000", "jpy", null, false, "store"),
                OP, false).incentive().amount()).isEqualTo("5000");
        assertThat(incentives.add("c1", "ana", new IncentiveSpec("product", null, null, null, false, "a jacket"), OP,
                false).incentive().amount()).isNull();
        refused(null, () -> incentives.add("c1", "ana", new IncentiveSpec("cash", null, null, null, false, null),
                OP, false));
        refused("I-1", () -> incentives.add("c1", "ana", payment("-5", null, false), OP, false));
        refused(null, () -> incentives.add("c1", "ana", payment("1e3", null, false), OP, false));
        refused("I-1", () -> incentives.add("c1", "ana", payment("1000000000000000000000000000000", null, false), OP,
                false));
        refused("I-1", () -> incentives.add("c1", "ana", payment("9.999", null, false), OP, false));
        refused("I-1", () -> incentives.add("c1", "ana", new IncentiveSpec("payment", "10.5", "JPY", null, false,
                null), OP, false));
        refused(null, () -> incentives.add("c1", "ana", new IncentiveSpec("payment", "10", "XYZ", null, false,
                null), OP, false));
        refused("I-1", () -> incentives.add("c1", "ana", new IncentiveSpec("payment", "10", null, null, false,
                null), OP, false));
        refused("I-1", () -> incentives.add("c1", "ana", new IncentiveSpec("payment", null, "EUR", null, false,
                null), OP, false));
        refused("I-1", () -> incentives.add("c1", "ana", payment("10", null, true), OP, false));
        refused("I-1", () -> incentives.add("c1", "ana", payment("10", "draft", false), OP, false));
    }

    @Test
    @DisplayName("I-2 draft among candidates, pending among participants, ready in the linked stage, draft when"
            + " dropped; every change journaled")
    void statusesFollowTheStage() {
        incentives.add("c1", "ana", payment("100", "pre-payment", true), OP, false);
        incentives.add("c1", "ana", payment("50", "post-payment", false), OP, false);
        moves.move("c1", "confirmation", Selection.of("ana"), OP);
        assertThat(List.of(status("ana", "i1"), status("ana", "i2"))).containsExactly("pending", "pending");
        moves.move("c1", "pre-payment", Selection.of("ana"), OP);
        assertThat(List.of(status("ana", "i1"), status("ana", "i2"))).containsExactly("ready", "pending");
        moves.move("c1", "post-payment", Selection.of("ana"), OP);
        assertThat(List.of(status("ana", "i1"), status("ana", "i2"))).containsExactly("pending", "ready");
        moves.drop("c1", Selection.of("ana"), OP.because("left"));
        assertThat(List.of(status("ana", "i1"), status("ana", "i2"))).containsExactly("draft", "draft");
        assertThat(journal.history("c1", "ana")).extracting(JournalEntry::cause, JournalEntry::detail)
                .contains(tuple("incentive:status", "i1: pending -> ready"),
                        tuple("incentive:status", "i2: ready -> draft"));
    }

    @Test
    @DisplayName("I-3 the last integrated incentive of a payment stage fulfilled moves the influencer on, while live")
    void fulfilledMovesOn() {
        incentives.add("c1", "ana", payment("100", "pre-payment", true), OP, false);
        incentives.add("c1", "ana", new IncentiveSpec("product", null, null, "pre-payment", true, "kit"), OP, false);
        live("c1");
        moves.move("c1", "pre-payment", Selection.of("ana"), OP);
        assertThat(incentives.fulfill("c1", "ana", "i1", "PAY-1", OP).moved()).as("one of two").isNull();
        IncentiveChange last = incentives.fulfill("c1", "ana", "i2", "SHIP-7", OP);
        assertThat(last.moved()).isEqualTo(new StageChange("ana", "pre-payment", "draft",
                "auto:incentives-fulfilled"));
        assertThat(stageOf("c1", "ana")).isEqualTo("draft");
        assertThat(incentives.list("c1", "ana", "fulfilled")).extracting(IncentiveView::reference)
                .containsExactly("PAY-1", "SHIP-7");
    }

    @Test
    @DisplayName("I-3 offline incentives never move anyone; nor does anything while the campaign is paused")
    void offlineNeverMoves() {
        incentives.add("c1", "ana", payment("100", "pre-payment", false), OP, false);
        incentives.add("c1", "ben", payment("100", "pre-payment", true), OP, false);
        live("c1");
        moves.move("c1", "pre-payment", Selection.of("ana", "ben"), OP);
        assertThat(incentives.fulfill("c1", "ana", "i1", null, OP).moved()).isNull();
        campaigns.changeStatus("c1", stageflow.api.StatusChange.PAUSE, OP);
        assertThat(incentives.fulfill("c1", "ben", "i2", "PAY-2", OP).moved()).isNull();
        assertThat(List.of(stageOf("c1", "ana"), stageOf("c1", "ben"))).containsOnly("pre-payment");
    }

    @Test
    @DisplayName("I-2 settled once: a draft is not fulfilled, nothing is settled twice, a rejection says why")
    void settledOnce() {
        incentives.add("c1", "ana", payment("100", "pre-payment", true), OP, false);
        refused("I-2", () -> incentives.fulfill("c1", "ana", "i1", null, OP));
        moves.move("c1", "confirmation", Selection.of("ana"), OP);
        refused(null, () -> incentives.reject("c1", "ana", "i1", null, OP));
        assertThat(incentives.reject("c1", "ana", "i1", "no invoice", OP).incentive())
                .extracting(IncentiveView::status, IncentiveView::reference).containsExactly("rejected", "no invoice");
        refused("I-2", () -> incentives.fulfill("c1", "ana", "i1", null, OP));
        moves.move("c1", "pre-payment", Selection.of("ana"), OP);
        assertThat(status("ana", "i1")).as("a rejected one stays rejected").isEqualTo("rejected");
        refused(null, () -> incentives.fulfill("c1", "ana", "i9", null, OP));
    }

    @Test
    @DisplayName("campaign-level incentives reach the influencers whose incentives are open, and every newcomer;"
            + " an influencer's own are locked like deliverables outside the candidates phase")
    void campaignLevelAndLocks() {
        moves.move("c1", "confirmation", Selection.of("ben"), OP);
        IncentiveChange added = incentives.add("c1", null, payment("20", "post-payment", true), OP, false);
        assertThat(added).extracting(IncentiveChange::updated, IncentiveChange::locked).containsExactly(1L, 1L);
        add("c1", "cy");
        assertThat(incentives.list("c1", "cy", null)).extracting(IncentiveView::id, IncentiveView::status,
                IncentiveView::scope).containsExactly(tuple("i1", "draft", "campaign"));
        assertThat(incentives.list("c1", "ben", null)).isEmpty();
        refused("D-3", () -> incentives.add("c1", "ben", payment("5", null, false), OP, false));
        refused("D-7", () -> incentives.add("c1", "ben", payment("5", null, false), OP, true));
        assertThat(incentives.add("c1", "ben", payment("5", null, false), OP.because("agreed bonus"), true)
                .incentive().status()).isEqualTo("pending");
    }

    @Test
    @DisplayName("campaign:budget sums exactly, per currency and status")
    void budget() {
        incentives.add("c1", "ana", payment("0.10", null, false), OP, false);
        incentives.add("c1", "ana", payment("0.20", null, false), OP, false);
        incentives.add("c1", "ben", new IncentiveSpec("payment", "1000", "JPY", null, false, null), OP, false);
        moves.move("c1", "confirmation", Selection.of("ben"), OP);
        assertThat(incentives.budget("c1")).extracting(BudgetLine::currency, BudgetLine::status, BudgetLine::total,
                BudgetLine::count).containsExactly(tuple("EUR", "draft", "0.30", 2L), tuple("JPY", "pending", "1000",
                        1L));
    }

    @Test
    @DisplayName("I-2 ready only while in the linked stage: leaving it for complete, whose phase leaves statuses"
            + " unchanged, makes a ready incentive pending again; store:check agrees")
    void readyOnlyInTheStage() {
        incentives.add("c1", "ana", payment("100", "post-payment", true), OP, false);
        moves.move("c1", "post-payment", Selection.of("ana"), OP);
        assertThat(status("ana", "i1")).isEqualTo("ready");
        moves.move("c1", "complete", Selection.of("ana"), OP);
        assertThat(status("ana", "i1")).isEqualTo("pending");
        assertThat(maintenance.check()).as("store:check").isEmpty();
    }

    @Test
    @DisplayName("I-3 on entry: an influencer entering a payment stage whose integrated incentives were all paid"
            + " before moves on at once, with the move's own consequences")
    void paidBeforeEntry() {
        incentives.add("c1", "ana", payment("100", "pre-payment", true), OP, false);
        live("c1");
        moves.move("c1", "confirmation", Selection.of("ana"), OP);
        incentives.fulfill("c1", "ana", "i1", "EARLY-1", OP);
        moves.promote("c1", Selection.of("ana"), OP);
        assertThat(stageOf("c1", "ana")).as("confirmation -> pre-payment -> draft").isEqualTo("draft");
        assertThat(journal.history("c1", "ana")).extracting(JournalEntry::to, JournalEntry::cause)
                .contains(tuple("pre-payment", "manual"), tuple("draft", "auto:incentives-fulfilled"));
        assertThat(maintenance.check()).isEmpty();
    }

    @Test
    @DisplayName("I-3 a next stage that refuses entry (C-9) keeps the influencer: the payment stands, the history"
            + " says why")
    void refusedOnwardMoveKeepsThePayment() {
        provide("vetting", "Vetting", new stageflow.api.stage.StageDefinition() {
            @Override
            public java.util.Optional<String> refuseEntry(stageflow.api.stage.InfluencerView influencer) {
                return java.util.Optional.of("no contract on file");
            }
        });
        workflows.insertStage("c1", "vetting", "pre-payment", OP);
        incentives.add("c1", "ana", payment("100", "pre-payment", true), OP, false);
        live("c1");
        moves.move("c1", "pre-payment", Selection.of("ana"), OP);
        assertThat(incentives.fulfill("c1", "ana", "i1", "PAY-9", OP).moved()).isNull();
        assertThat(status("ana", "i1")).isEqualTo("fulfilled");
        assertThat(stageOf("c1", "ana")).isEqualTo("pre-payment");
        assertThat(journal.history("c1", "ana")).extracting(JournalEntry::cause, JournalEntry::detail)
                .contains(tuple("auto:incentives-fulfilled", "stays in pre-payment: 'ana' cannot enter vetting: no"
                        + " contract on file"));
    }
}

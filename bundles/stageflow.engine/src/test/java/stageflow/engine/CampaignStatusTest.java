package stageflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import stageflow.api.CampaignStatus;
import stageflow.api.Selection;
import stageflow.api.StatusChange;
import stageflow.api.dto.CampaignSummary;

class CampaignStatusTest extends EngineFixture {

    private CampaignStatus change(String campaign, StatusChange change) {
        return campaigns.changeStatus(campaign, change, OP).status();
    }

    @Test
    @DisplayName("A-1 draft -> live <-> paused -> archived -> paused")
    void transitions() {
        campaign("c1");
        assertThat(change("c1", StatusChange.LAUNCH)).isEqualTo(CampaignStatus.LIVE);
        assertThat(change("c1", StatusChange.PAUSE)).isEqualTo(CampaignStatus.PAUSED);
        assertThat(change("c1", StatusChange.RESUME)).isEqualTo(CampaignStatus.LIVE);
        assertThat(change("c1", StatusChange.PAUSE)).isEqualTo(CampaignStatus.PAUSED);
        assertThat(change("c1", StatusChange.ARCHIVE)).isEqualTo(CampaignStatus.ARCHIVED);
        assertThat(change("c1", StatusChange.RESTORE)).isEqualTo(CampaignStatus.PAUSED);
        assertThat(campaigns.list(CampaignStatus.PAUSED)).extracting(CampaignSummary::id).containsExactly("c1");
    }

    @Test
    @DisplayName("A-1 other transitions are refused and change nothing")
    void refusedTransitions() {
        campaign("c1");
        refused("A-1", () -> change("c1", StatusChange.PAUSE));
        refused("A-1", () -> change("c1", StatusChange.RESUME));
        refused("A-1", () -> change("c1", StatusChange.ARCHIVE));
        refused("A-1", () -> change("c1", StatusChange.RESTORE));
        change("c1", StatusChange.LAUNCH);
        refused("A-1", () -> change("c1", StatusChange.LAUNCH));
        refused("A-1", () -> change("c1", StatusChange.ARCHIVE));
        refused("A-1", () -> change("c1", StatusChange.RESUME));
    }

    @Test
    @DisplayName("A-1 only a draft campaign may be deleted, with everything in it")
    void delete() {
        campaign("c1", "ana", "ben");
        campaign("c2", "ana");
        live("c2");
        refused("A-1", () -> campaigns.delete("c2", OP));
        assertThat(campaigns.delete("c1", OP).influencers()).isEqualTo(2);
        assertThat(campaigns.list(null)).extracting(CampaignSummary::id).containsExactly("c2");
        refused(null, () -> campaigns.board("c1"));
        campaign("c1");
        assertThat(journal.history("c1", null)).as("a new campaign of the same id starts clean").isEmpty();
    }

    @Test
    @DisplayName("A-2 influencer actions happen only while live; draft and paused name the status")
    void influencerActionsOnlyLive() {
        campaign("c1", "ana");
        moves.promote("c1", Selection.of("ana"), OP);
        refused("A-2", () -> moves.apply("c1", "ana", OP));
        live("c1");
        campaigns.changeStatus("c1", StatusChange.PAUSE, OP);
        refused("A-2", () -> moves.apply("c1", "ana", OP));
        moves.move("c1", "confirmation", Selection.of("ana"), OP);
        refused("A-2", () -> moves.confirm("c1", "ana", OP));
        refused("A-2", () -> moves.optOut("c1", "ana", OP));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> moves.confirm("c1", "ana", OP))
                .hasMessageContaining("is paused").hasMessageContaining("campaign:resume c1");
        campaigns.changeStatus("c1", StatusChange.RESUME, OP);
        assertThat(moves.confirm("c1", "ana", OP).to()).isEqualTo("pre-payment");
    }

    @Test
    @DisplayName("A-3 operator actions work in draft, live and paused")
    void operatorActions() {
        campaign("c1", "a1");
        moves.promote("c1", Selection.of("a1"), OP);
        live("c1");
        add("c1", "a2");
        moves.promote("c1", Selection.of("a2"), OP);
        campaigns.changeStatus("c1", StatusChange.PAUSE, OP);
        add("c1", "a3");
        moves.move("c1", "complete", Selection.of("a3"), OP);
        moves.drop("c1", Selection.of("a1"), OP);
        moves.restore("c1", "a1", null, OP);
        assertThat(influencers.list("c1", null, null)).extracting(v -> v.influencer() + "@" + v.stage())
                .containsExactly("a1@invited", "a2@invited", "a3@complete");
    }
}

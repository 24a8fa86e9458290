package stageflow.shell.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import stageflow.api.CampaignStatus;
import stageflow.api.Phase;
import stageflow.api.dto.Board;
import stageflow.api.dto.BulkResult;
import stageflow.api.dto.CampaignSummary;
import stageflow.api.dto.DeliverableView;
import stageflow.api.dto.DraftView;
import stageflow.api.dto.Failure;
import stageflow.api.dto.InfluencerDetail;
import stageflow.api.dto.ParticipationView;
import stageflow.api.dto.StageChange;
import stageflow.api.dto.StageDetail;
import stageflow.api.dto.StageRow;
import stageflow.api.stage.StageInfo;
import stageflow.shell.result.Results.CampaignChanged;
import stageflow.shell.result.Results.DataView;
import stageflow.shell.result.Results.Moved;
import stageflow.shell.result.Results.Problems;

class TextFormatTest {
    static final StageChange ANA = new StageChange("ana", "candidates", "invited", "manual");
    static final ParticipationView PARTICIPATION = new ParticipationView("c1", "ana", "Ana", null, "invited",
            "Invited", Phase.CANDIDATES, 0);

    @Test
    @DisplayName("a bulk result: each change, each refusal with its rule, then the count")
    void bulk() {
        BulkResult result = new BulkResult(List.of(ANA, new StageChange("ben", null, "candidates", "auto:apply")),
                List.of(new Failure("cy", "C-5", "no enabled stage follows")), false);
        assertThat(TextFormat.text(result)).isEqualTo("""
                ana: candidates -> invited
                ben: (new) -> candidates (auto:apply)
                cy: refused (C-5): no enabled stage follows
                2 changed, 1 not changed""");
    }

    @Test
    @DisplayName("a dry run says that nothing was stored")
    void dryRun() {
        assertThat(TextFormat.text(new Moved(ANA, true))).isEqualTo("ana: candidates -> invited (dry run: nothing stored)");
        assertThat(TextFormat.text(new CampaignChanged("created", new CampaignSummary("c1", "Spring",
                CampaignStatus.DRAFT, 0), false))).isEqualTo("created c1 (Spring): draft, 0 influencer(s)");
    }

    @Test
    @DisplayName("the board numbers the stages in order; dropped stands outside it; an unavailable stage says so")
    void board() {
        Board board = new Board("c1", "Spring", CampaignStatus.LIVE, List.of(
                new StageRow("candidates", "Candidates", Phase.CANDIDATES, true, false, null, false, true, 2),
                new StageRow("negotiation", "Negotiation", Phase.CANDIDATES, true, false, null, true, false, 1),
                new StageRow("dropped", "Dropped", Phase.DROPPED, true, true, null, false, true, 0)));
        String text = TextFormat.text(board);
        assertThat(text).startsWith("c1 (Spring): live, 3 influencer(s)\n");
        assertThat(text.lines().skip(2).map(l -> l.trim().split("\\s+")[0]).toList()).containsExactly("1", "2", "-");
        assertThat(text).contains("custom, UNAVAILABLE");
    }

    @Test
    @DisplayName("checks that found nothing say so; what they found is one line per problem")
    void problems() {
        assertThat(TextFormat.text(new Problems(Problems.Check.STORE, "store", List.of())))
                .startsWith("store consistent");
        assertThat(TextFormat.text(new Problems(Problems.Check.WORKFLOW, "c1", List.of())))
                .isEqualTo("workflow of c1 is valid");
        assertThat(TextFormat.text(new Problems(Problems.Check.WORKFLOW, "c1", List.of("C-2: a", "C-3: b"))))
                .isEqualTo("C-2: a\nC-3: b");
    }

    @Test
    @DisplayName("one influencer: fields, data, deliverables; drafts only when there are some")
    void influencer() {
        InfluencerDetail detail = new InfluencerDetail(PARTICIPATION, Map.of("shipping.address", "1 Main St"),
                List.of(new DeliverableView("d1", "ana", "content", "instagram", 2, null, "2026-12-01", null,
                        "campaign", false, false, null)), List.of());
        String text = TextFormat.text(detail);
        assertThat(text).containsPattern("\\nstage +invited \\(Invited\\)\\n")
                .contains("data shipping.address  1 Main St", "d1  content  instagram  2", "campaign  open")
                .doesNotContain("drafts");
        InfluencerDetail drafted = new InfluencerDetail(PARTICIPATION, Map.of(), List.of(), List.of(
                new DraftView("d1", 2, "https://x", "needs-work", "crop it")));
        assertThat(TextFormat.text(drafted)).contains("drafts\n", "d1           2        needs-work");
        assertThat(TextFormat.text(new DataView("ana", Map.of()))).isEqualTo("ana: no data recorded");
    }

    @Test
    @DisplayName("a custom stage's phase comes from its position; a default stage shows its phase's rules")
    void stage() {
        StageDetail custom = new StageDetail(new StageInfo("shipping", "Shipping", "ships", true, "ext", true, true),
                null, false, null, null);
        assertThat(TextFormat.text(custom)).contains("phase        taken from the stage before it",
                "entry check  yes", "exit         automatic");
    }

    @Test
    @DisplayName("values the shell does not know are left to Gogo")
    void unknown() {
        assertThat(TextFormat.text("plain")).isNull();
        assertThat(TextFormat.text(null)).isNull();
    }
}

package stageflow.shell.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import stageflow.api.CampaignStatus;
import stageflow.api.Phase;
import stageflow.api.dto.Board;
import stageflow.api.dto.BulkResult;
import stageflow.api.dto.CampaignSummary;
import stageflow.api.dto.DataChange;
import stageflow.api.dto.Failure;
import stageflow.api.dto.InfluencerDetail;
import stageflow.api.dto.StageChange;
import stageflow.api.dto.StageRow;
import stageflow.api.dto.StageToggle;
import stageflow.shell.result.Results.CampaignChanged;
import stageflow.shell.result.Results.FileWritten;
import stageflow.shell.result.Results.Layout;
import stageflow.shell.result.Results.Problems;
import stageflow.shell.result.Results.Toggled;
import stageflow.shell.result.Results.WorkflowTable;

class JsonFormatTest {

    @Test
    @DisplayName("a bulk result: changed count, each failure with its rule and a reason without console prefix")
    void bulk() {
        BulkResult result = new BulkResult(List.of(new StageChange("ana", "candidates", "invited", "manual")),
                List.of(new Failure("zz", null, "'zz' is not in campaign 'c1'")), false);
        assertThat(JsonFormat.json(result)).isEqualTo("{\"changed\":1,\"failed\":[{\"influencer\":\"zz\",\"reason\":"
                + "\"'zz' is not in campaign 'c1'\",\"rule\":null}],\"dryRun\":false,\"changes\":[{\"influencer\":"
                + "\"ana\",\"from\":\"candidates\",\"to\":\"invited\",\"cause\":\"manual\"}]}");
    }

    @Test
    @DisplayName("the board: the shape of the command reference, stages in workflow order")
    void board() {
        Board board = new Board("c1", "Spring", CampaignStatus.LIVE, List.of(new StageRow("invited", "Invited",
                Phase.CANDIDATES, true, false, "applied", false, true, 2)));
        assertThat(JsonFormat.json(board)).isEqualTo("{\"id\":\"c1\",\"name\":\"Spring\",\"status\":\"live\","
                + "\"stages\":[{\"id\":\"invited\",\"label\":\"Invited\",\"phase\":\"candidates\",\"enabled\":true,"
                + "\"required\":false,\"linkedWith\":\"applied\",\"custom\":false,\"available\":true,\"count\":2}]}");
        assertThat(JsonFormat.json(new WorkflowTable(board))).isEqualTo(JsonFormat.json(board));
    }

    @Test
    @DisplayName("one influencer: no invented incentives until incentives exist")
    void influencer() {
        InfluencerDetail detail = new InfluencerDetail(TextFormatTest.PARTICIPATION, Map.of("k", "v"), List.of(),
                List.of());
        assertThat(JsonFormat.json(detail)).contains("\"influencer\":\"ana\"", "\"data\":{\"k\":\"v\"}",
                "\"deliverables\":[]", "\"drafts\":[]").doesNotContain("incentives");
    }

    @Test
    @DisplayName("checks, toggles and files have a JSON form too")
    void others() {
        assertThat(JsonFormat.json(new Problems(Problems.Check.STORE, "store", List.of("x"))))
                .isEqualTo("{\"problems\":[\"x\"]}");
        assertThat(JsonFormat.json(new Toggled("c1", List.of(new StageToggle("draft", false),
                new StageToggle("draft-review", false)), true))).isEqualTo("{\"changed\":2,\"failed\":[],"
                + "\"dryRun\":true,\"stages\":[{\"stage\":\"draft\",\"enabled\":false},{\"stage\":\"draft-review\","
                + "\"enabled\":false}]}");
        assertThat(JsonFormat.json(new FileWritten("backup", Path.of("/b/x.db"), 12)))
                .isEqualTo("{\"backup\":\"/b/x.db\",\"bytes\":12}");
    }

    @Test
    @DisplayName("a campaign or workflow change and recorded data answer with changed, failed and dryRun too")
    void changes() {
        CampaignSummary spring = new CampaignSummary("c1", "Spring", CampaignStatus.DRAFT, 0);
        assertThat(JsonFormat.json(new CampaignChanged("created", spring, false))).isEqualTo("{\"id\":\"c1\","
                + "\"name\":\"Spring\",\"status\":\"draft\",\"influencers\":0,\"changed\":1,\"failed\":[],"
                + "\"dryRun\":false}");
        Board board = new Board("c1", "Spring", CampaignStatus.DRAFT, List.of());
        assertThat(JsonFormat.json(new Layout("inserted", "x", "invited", board, true)))
                .endsWith("\"stages\":[],\"changed\":1,\"failed\":[],\"dryRun\":true}");
        assertThat(JsonFormat.json(new DataChange("ana", "applied", Map.of("k", "v"), List.of(), null, false)))
                .contains("\"changed\":1,\"failed\":[],\"dryRun\":false");
    }
}

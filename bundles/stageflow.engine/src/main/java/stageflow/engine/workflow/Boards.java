package stageflow.engine.workflow;

import java.util.ArrayList;
import java.util.List;

import stageflow.api.dto.Board;
import stageflow.api.dto.StageRow;
import stageflow.store.spi.CampaignRecord;
import stageflow.store.spi.StoreReader;

/**
 * A campaign's board: each stage in workflow order with how many influencers are in it, read from the store's
 * kept counters, so a board of a million influencers costs what a board of ten does.
 */
public final class Boards {
    private Boards() {
    }

    /** The board as {@code tx} sees it; inside a write, with the write's own changes. */
    public static Board of(CampaignRecord record, CampaignWorkflow workflow, StoreReader tx) {
        List<StageRow> rows = new ArrayList<>();
        for (WorkflowStage s : workflow.stages()) {
            rows.add(new StageRow(s.id(), s.label(), s.phase(), s.enabled(), s.required(), s.linkedWith(),
                    s.custom(), s.available(), tx.count(record.id(), s.id())));
        }
        return new Board(record.id(), record.name(), record.status(), rows);
    }
}

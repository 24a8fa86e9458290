package stageflow.store.spi;

import java.util.List;

import stageflow.api.CampaignStatus;

/**
 * A campaign as stored: plain values only.
 *
 * @param workflow the ordered stage list (workflow-spec C-1), {@code dropped} last
 * @param created  epoch milliseconds
 */
public record CampaignRecord(String id, String name, CampaignStatus status, long created, List<StageSlot> workflow) {

    public CampaignRecord {
        workflow = List.copyOf(workflow);
    }

    public CampaignRecord withStatus(CampaignStatus next) {
        return new CampaignRecord(id, name, next, created, workflow);
    }

    public CampaignRecord withWorkflow(List<StageSlot> next) {
        return new CampaignRecord(id, name, status, created, next);
    }
}

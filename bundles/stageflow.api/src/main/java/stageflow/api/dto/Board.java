package stageflow.api.dto;

import java.util.List;

import stageflow.api.CampaignStatus;

/** A campaign's status and its workflow in order, {@code dropped} last, with the count of influencers per stage. */
public record Board(String id, String name, CampaignStatus status, List<StageRow> stages) {

    public Board {
        stages = List.copyOf(stages);
    }

    public long influencers() {
        return stages.stream().mapToLong(StageRow::count).sum();
    }
}

package stageflow.api.dto;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One influencer with everything recorded about them in a campaign, as of one moment.
 *
 * @param data         recorded data, key to value, ordered by key
 * @param deliverables their deliverables, ordered by id
 * @param drafts       the latest draft version of each deliverable that has one
 */
public record InfluencerDetail(ParticipationView participation, Map<String, String> data,
        List<DeliverableView> deliverables, List<DraftView> drafts) {

    public InfluencerDetail {
        data = Collections.unmodifiableMap(new TreeMap<>(data));
        deliverables = List.copyOf(deliverables);
        drafts = List.copyOf(drafts);
    }
}

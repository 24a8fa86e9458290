package stageflow.api.stage;

import java.util.Map;
import java.util.Optional;

/**
 * What a stage hook sees of one influencer: a snapshot, read-only by construction. Hooks decide; only the engine
 * writes, so an extension can never change the store directly.
 *
 * @param stage the stage the influencer is in now (for an entry check: the stage they would leave)
 * @param data  the influencer's recorded data in this campaign (key to value), e.g. {@code shipping.address}
 */
public record InfluencerView(String campaign, String influencer, String name, String email, String stage,
        Map<String, String> data) {

    public InfluencerView {
        data = Map.copyOf(data);
    }

    /** The recorded value of {@code key}, empty when none is recorded. */
    public Optional<String> value(String key) {
        return Optional.ofNullable(data.get(key));
    }
}

package stageflow.api;

import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.osgi.annotation.versioning.ProviderType;

import stageflow.api.dto.BulkResult;
import stageflow.api.dto.DataChange;
import stageflow.api.dto.InfluencerDetail;
import stageflow.api.dto.ParticipationView;

/** The influencers of a campaign: who is in it, where they stand, what is recorded about them. */
@ProviderType
public interface Influencers {

    /** Adds influencers in the first enabled stage (C-4); {@code progress} (or null) hears how many were handled. */
    BulkResult add(String campaign, List<NewInfluencer> influencers, Origin origin, LongConsumer progress);

    /** Influencers of a campaign, optionally only those in {@code stage} or in {@code phase} (null: all). */
    List<ParticipationView> list(String campaign, String stage, Phase phase);

    /** Where one influencer stands. */
    ParticipationView get(String campaign, String influencer);

    /** One influencer with everything about them, read in one consistent snapshot. */
    InfluencerDetail show(String campaign, String influencer);

    /** Data recorded for an influencer (key to value, ordered by key); empty when none. */
    Map<String, String> data(String campaign, String influencer);

    /**
     * Records data for one influencer (an operator's action, A-3): each entry sets a key, an empty value removes it;
     * journaled with what changed. While the campaign is live, a custom stage the influencer is in is then asked
     * its automatic exit condition; when it holds they move on in the same transaction (C-9).
     */
    DataChange recordData(String campaign, String influencer, Map<String, String> changes, Origin origin);
}

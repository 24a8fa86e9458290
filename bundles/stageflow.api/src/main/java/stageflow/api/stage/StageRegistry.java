package stageflow.api.stage;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Every stage some bundle provides right now, indexed by id (highest service ranking wins for a duplicate id), and
 * the one way to ask a stage's hooks: with a time limit, a hook that throws or runs over counting as "no".
 */
@ProviderType
public interface StageRegistry {

    /** Available stages: the defaults in workflow order first, then custom stages by id. */
    List<StageInfo> stages();

    /** The stage with this id, empty when no bundle provides it now. */
    Optional<StageInfo> stage(String id);

    /**
     * The entry check of {@code stage}: a reason to refuse {@code influencer} entry, or empty. A stage without an
     * entry check, or one no bundle provides now, answers empty (availability is the caller's rule, C-10).
     */
    Optional<String> refuseEntry(String stage, InfluencerView influencer);

    /** The automatic exit condition of {@code stage}; false without one, on failure and on time-out. */
    boolean exitReached(String stage, InfluencerView influencer);
}

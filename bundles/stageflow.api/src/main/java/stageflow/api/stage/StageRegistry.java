package stageflow.api.stage;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Every stage some bundle provides right now, indexed by id (highest service ranking wins for a duplicate id). */
@ProviderType
public interface StageRegistry {

    /** Available stages: the defaults in workflow order first, then custom stages by id. */
    List<StageInfo> stages();

    /** The stage with this id, empty when no bundle provides it now. */
    Optional<StageInfo> stage(String id);
}

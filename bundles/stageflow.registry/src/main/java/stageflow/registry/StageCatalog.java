package stageflow.registry;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import stageflow.api.stage.InfluencerView;
import stageflow.api.stage.StageInfo;
import stageflow.api.stage.StageRegistry;

/**
 * The registry in plain Java: the {@link StageIndex} of providers, and their hooks asked through {@link StageHooks}.
 * Only stages whose definition implements a hook are asked, so the default stages cost a map lookup.
 */
public class StageCatalog implements StageRegistry, AutoCloseable {
    private final StageIndex index = new StageIndex();
    private final StageHooks hooks;

    /** @param warn hears every provider that was ignored and every hook that counted as no */
    public StageCatalog(Consumer<String> warn) {
        this.hooks = new StageHooks(warn);
    }

    public StageIndex index() {
        return index;
    }

    public StageHooks hooks() {
        return hooks;
    }

    @Override
    public List<StageInfo> stages() {
        return index.stages();
    }

    @Override
    public Optional<StageInfo> stage(String id) {
        return index.stage(id);
    }

    @Override
    public Optional<String> refuseEntry(String stage, InfluencerView influencer) {
        return index.provider(stage).filter(StageIndex.Provider::entryCheck)
                .flatMap(p -> hooks.refuseEntry(stage, p.object().definition(), influencer));
    }

    @Override
    public boolean exitReached(String stage, InfluencerView influencer) {
        return index.provider(stage).filter(StageIndex.Provider::autoExit)
                .map(p -> hooks.exitReached(stage, p.object().definition(), influencer)).orElse(false);
    }

    @Override
    public void close() {
        hooks.close();
    }
}

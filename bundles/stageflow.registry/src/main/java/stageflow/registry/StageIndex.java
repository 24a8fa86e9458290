package stageflow.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import stageflow.api.Ids;
import stageflow.api.stage.DefaultStage;
import stageflow.api.stage.StageInfo;

/**
 * The stages known now, by id. Several providers may offer the same id; like DS, the highest ranking wins and, on
 * equal ranking, the oldest registration (lowest service id). Thread-safe: providers come and go at any time.
 */
public final class StageIndex {
    /**
     * One provider of a stage, as its service properties describe it.
     *
     * @param object the service object, fetched only when a hook is needed
     */
    public record Provider(long serviceId, int ranking, String id, String label, String description, String bundle,
            StageObject object) {

        boolean entryCheck() {
            return !DefaultStage.isDefault(id) && object.entryCheck();
        }

        boolean autoExit() {
            return !DefaultStage.isDefault(id) && object.autoExit();
        }
    }

    private static final Comparator<Provider> PREFERENCE = Comparator.comparingInt(Provider::ranking).reversed()
            .thenComparingLong(Provider::serviceId);

    private final Map<String, List<Provider>> providers = new HashMap<>();

    /** Adds a provider; returns why it was ignored, or empty when it was accepted. */
    public synchronized Optional<String> add(Provider provider) {
        if (!Ids.isStage(provider.id())) {
            return Optional.of("stage id '" + provider.id() + "' of bundle " + provider.bundle()
                    + " does not match [a-z0-9-]{1,64}; the stage is ignored");
        }
        if (provider.label() == null || provider.label().isBlank()) {
            return Optional.of("stage '" + provider.id() + "' of bundle " + provider.bundle()
                    + " has no label; the stage is ignored");
        }
        List<Provider> list = providers.computeIfAbsent(provider.id(), k -> new ArrayList<>());
        list.removeIf(p -> p.serviceId() == provider.serviceId());
        list.add(provider);
        list.sort(PREFERENCE);
        return Optional.empty();
    }

    public synchronized void remove(long serviceId) {
        providers.values().forEach(list -> list.removeIf(p -> p.serviceId() == serviceId));
        providers.values().removeIf(List::isEmpty);
    }

    public synchronized Optional<StageInfo> stage(String id) {
        return provider(id).map(StageIndex::info);
    }

    /** The provider that wins for {@code id}. */
    public synchronized Optional<Provider> provider(String id) {
        List<Provider> list = providers.get(id);
        return list == null ? Optional.empty() : Optional.of(list.get(0));
    }

    /** Default stages in workflow order first, then custom stages by id. */
    public synchronized List<StageInfo> stages() {
        List<StageInfo> result = new ArrayList<>();
        for (DefaultStage stage : DefaultStage.values()) {
            stage(stage.id()).ifPresent(result::add);
        }
        providers.keySet().stream().filter(id -> !DefaultStage.isDefault(id)).sorted()
                .forEach(id -> stage(id).ifPresent(result::add));
        return result;
    }

    private static StageInfo info(Provider p) {
        return new StageInfo(p.id(), p.label(), p.description() == null ? "" : p.description(),
                !DefaultStage.isDefault(p.id()), p.bundle(), p.entryCheck(), p.autoExit());
    }
}

package stageflow.registry;

import java.util.function.Supplier;

import stageflow.api.stage.InfluencerView;
import stageflow.api.stage.StageDefinition;

/**
 * A provider's service object, obtained the first time one of its hooks is needed, and which hooks its class
 * implements, found out then, once. Until then the registry knows the stage from its service properties alone,
 * so indexing a stage neither activates its component nor loads its class.
 */
public final class StageObject {
    private static final StageObject NONE = new StageObject(() -> null);

    /** The object and what it implements. */
    private record Found(StageDefinition definition, boolean entryCheck, boolean autoExit) {
    }

    private final Supplier<StageDefinition> source;
    private volatile Found found;

    private StageObject(Supplier<StageDefinition> source) {
        this.source = source;
    }

    /** A stage object fetched from {@code source} (the service registry) when first needed. */
    public static StageObject of(Supplier<StageDefinition> source) {
        return new StageObject(source);
    }

    /** A provider whose object is never asked for: default stages, which have no hooks. */
    public static StageObject none() {
        return NONE;
    }

    boolean entryCheck() {
        return found().entryCheck();
    }

    boolean autoExit() {
        return found().autoExit();
    }

    StageDefinition definition() {
        return found().definition();
    }

    private Found found() {
        Found known = found;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (found == null) {
                StageDefinition definition = source.get();
                if (definition == null) {
                    // gone, or never there: nothing to call, and nothing to remember either
                    return new Found(null, false, false);
                }
                found = new Found(definition, implemented(definition, "refuseEntry"),
                        implemented(definition, "exitReached"));
            }
            return found;
        }
    }

    /** Whether the class overrides the SPI's default of a hook, so stages without hooks are never called. */
    private static boolean implemented(StageDefinition definition, String hook) {
        try {
            return definition.getClass().getMethod(hook, InfluencerView.class).getDeclaringClass()
                    != StageDefinition.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}

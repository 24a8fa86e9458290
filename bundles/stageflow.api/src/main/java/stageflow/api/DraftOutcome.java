package stageflow.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Review outcomes of a draft (workflow-spec D-9). */
public enum DraftOutcome {
    APPROVED, APPROVED_WITH_CORRECTIONS, NEEDS_WORK;

    /** The id operators type, e.g. {@code approved-with-corrections}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether a draft with this outcome lets the influencer be approved. */
    public boolean accepted() {
        return this != NEEDS_WORK;
    }

    public static DraftOutcome fromId(String id) {
        return Arrays.stream(values()).filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow(() -> WorkflowException.invalid("unknown review outcome '" + id + "'; outcomes are "
                        + Arrays.stream(values()).map(DraftOutcome::id).collect(Collectors.joining(", "))));
    }
}

package stageflow.phases;

import java.util.Map;
import java.util.Set;

import stageflow.api.Phase;

/**
 * What a phase allows (workflow-spec section 3). The table of defaults lives here and nowhere else; a configuration
 * changes only the settings it names.
 *
 * @param incentiveStatus the status incentives take on entering the phase, or null to leave them unchanged
 */
public record PhaseSettings(boolean deliverableEditing, boolean lockOverride, boolean contentBinding,
        String incentiveStatus) {
    /** The configured value of {@code incentiveStatus} that means: entering this phase leaves incentives alone. */
    static final String UNCHANGED = "unchanged";
    private static final Set<String> INCENTIVE_STATUSES = Set.of("draft", "pending", UNCHANGED);

    /** workflow-spec section 3: deliverables open only for candidates, content bound only by participants. */
    public static PhaseSettings defaults(Phase phase) {
        return switch (phase) {
            case CANDIDATES -> new PhaseSettings(true, false, false, "draft");
            case PARTICIPANTS -> new PhaseSettings(false, true, true, "pending");
            case COMPLETE -> new PhaseSettings(false, true, false, null);
            case DROPPED -> new PhaseSettings(false, true, false, "draft");
        };
    }

    /**
     * The defaults of {@code phase} with the settings {@code properties} names; an unknown value is refused, so a
     * typo in a configuration file never passes for a setting.
     */
    public static PhaseSettings configured(Phase phase, Map<String, ?> properties) {
        PhaseSettings base = defaults(phase);
        String status = properties.containsKey("incentiveStatus")
                ? String.valueOf(properties.get("incentiveStatus")).trim() : base.incentiveStatus();
        if (status != null && !INCENTIVE_STATUSES.contains(status)) {
            throw new IllegalArgumentException("incentiveStatus of phase " + phase.id() + " is '" + status
                    + "'; it is draft, pending or unchanged");
        }
        return new PhaseSettings(flag(properties, "deliverableEditing", base.deliverableEditing()),
                flag(properties, "lockOverride", base.lockOverride()),
                flag(properties, "contentBinding", base.contentBinding()),
                UNCHANGED.equals(status) ? null : status);
    }

    private static boolean flag(Map<String, ?> properties, String key, boolean otherwise) {
        Object value = properties.get(key);
        if (value == null) {
            return otherwise;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value.toString().trim();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new IllegalArgumentException(key + " is '" + text + "'; it is true or false");
    }
}

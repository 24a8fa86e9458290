package stageflow.api;

import java.util.Locale;

/** A group of stages that decides what is allowed in them (workflow-spec section 3). */
public enum Phase {
    CANDIDATES, PARTICIPANTS, COMPLETE, DROPPED;

    /** The id operators type and scripts read, e.g. {@code participants}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Phase fromId(String id) {
        for (Phase phase : values()) {
            if (phase.id().equals(id)) {
                return phase;
            }
        }
        throw new WorkflowException(null, "unknown phase '" + id + "'; phases are candidates, participants, complete, dropped");
    }
}

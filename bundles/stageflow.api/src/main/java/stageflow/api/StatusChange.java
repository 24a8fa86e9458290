package stageflow.api;

import java.util.Locale;

/** The operator's campaign status commands (workflow-spec A-1). */
public enum StatusChange {
    LAUNCH, PAUSE, RESUME, ARCHIVE, RESTORE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

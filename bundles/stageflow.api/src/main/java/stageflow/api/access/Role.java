package stageflow.api.access;

import java.util.Locale;

import stageflow.api.WorkflowException;

/**
 * What a console user may do (workflow-spec X-2), each role including the ones below it: a viewer reads; an operator
 * also changes campaigns, influencers, deliverables and drafts; an admin also configures workflows and stages,
 * grants access, maintains the store and runs the framework's own commands.
 */
public enum Role {
    VIEWER, OPERATOR, ADMIN;

    /** The name of the service property by which a console command declares the role it needs. */
    public static final String PROPERTY = "stageflow.role";

    /** The id operators type, e.g. {@code operator}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this role may run a command that needs {@code needed}. */
    public boolean allows(Role needed) {
        return compareTo(needed) >= 0;
    }

    public static Role fromId(String id) {
        for (Role role : values()) {
            if (role.id().equals(id)) {
                return role;
            }
        }
        throw WorkflowException.invalid("unknown role '" + id + "'; roles are viewer, operator, admin");
    }
}

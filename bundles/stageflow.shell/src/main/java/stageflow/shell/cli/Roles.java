package stageflow.shell.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import stageflow.api.access.Role;

/**
 * The roles a scope's commands need (workflow-spec X-2): {@code read} for the commands that only read, {@code change}
 * for those that change something (a {@link Change} parameter says which). Registered with each command as the
 * service property {@value Role#PROPERTY}, which the console checks; a scope without it is admin-only.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Roles {
    Role read();

    Role change();
}

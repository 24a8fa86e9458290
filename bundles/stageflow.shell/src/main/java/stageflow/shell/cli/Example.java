package stageflow.shell.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a command is typed, shown at the end of its {@code --help}. Every command has at least one; the shell's tests
 * parse each against the command's own arguments, so an example can never show a form that is refused.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Example {
    String[] value();
}

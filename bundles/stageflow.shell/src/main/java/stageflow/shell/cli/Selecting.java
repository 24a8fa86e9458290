package stageflow.shell.cli;

import java.util.List;

import picocli.CommandLine.Option;
import stageflow.api.Selection;
import stageflow.api.WorkflowException;

/** The selection of a bulk command (workflow-spec C-11), declared once: a picocli mixin. */
public final class Selecting {
    @Option(names = "--stage", paramLabel = "<stage>", description = "select every influencer in this stage")
    String stage;

    @Option(names = "--expect", paramLabel = "N",
            description = "change nothing unless the selection holds exactly N influencers")
    String expect;

    @Option(names = "--atomic", description = "all or nothing: if one influencer cannot change, none does")
    boolean atomic;

    /** The influencers named, or those of {@code --stage}, with the guard and the atomicity asked for. */
    public Selection of(List<String> influencers) {
        return new Selection(influencers == null ? List.of() : influencers, stage, number("--expect", expect),
                atomic);
    }

    /** A whole number from 0, or null when the option was not given; anything else is refused. */
    public static Integer number(String flag, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw WorkflowException.invalid(flag + " needs a whole number from 0 to " + Integer.MAX_VALUE + ", not '"
                + (value.length() > 40 ? value.substring(0, 37) + "..." : value) + "'");
    }
}

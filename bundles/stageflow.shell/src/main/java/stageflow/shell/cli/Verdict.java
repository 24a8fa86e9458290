package stageflow.shell.cli;

import java.util.Optional;

import stageflow.api.WorkflowException;
import stageflow.api.dto.BulkResult;
import stageflow.api.dto.Failure;
import stageflow.shell.result.Results.Imported;
import stageflow.shell.result.Results.Problems;

/**
 * Whether a command failed, decided once for every command and both outputs: a script's exit status is the same
 * with or without {@code --json}.
 */
final class Verdict {
    private Verdict() {
    }

    /** The refusal a result stands for, or empty when the command succeeded. */
    static Optional<WorkflowException> failure(Object result) {
        if (result instanceof Imported imported) {
            return bulk(imported.result());
        }
        if (result instanceof BulkResult bulk) {
            return bulk(bulk);
        }
        if (result instanceof Problems p && !p.problems().isEmpty()) {
            String what = p.check() == Problems.Check.STORE ? "the store is inconsistent"
                    : "workflow of '" + p.subject() + "' has " + p.problems().size() + " problem(s)";
            return Optional.of(WorkflowException.invalid(what + ": " + String.join("; ", p.problems())));
        }
        return Optional.empty();
    }

    /** A bulk command that changed nobody failed: its first refusal is the command's. */
    private static Optional<WorkflowException> bulk(BulkResult result) {
        if (!result.changed().isEmpty() || result.failed().isEmpty()) {
            return Optional.empty();
        }
        Failure first = result.failed().get(0);
        String more = result.failed().size() > 1 ? " (and " + (result.failed().size() - 1) + " more)" : "";
        return Optional.of(new WorkflowException(first.rule(), first.influencer() + ": " + first.reason() + more));
    }
}

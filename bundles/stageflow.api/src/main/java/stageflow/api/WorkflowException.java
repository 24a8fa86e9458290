package stageflow.api;

/**
 * A refused or invalid operation. It always leaves the state as it was (workflow-spec section 10) and reads as one
 * line an operator can act on: {@code refused (C-2): ...} when a rule refuses, {@code error: ...} for bad input.
 */
public class WorkflowException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String rule;
    private final String reason;

    /**
     * @param rule   the workflow-spec rule id that refuses the operation, or null for bad input (unknown id, syntax)
     * @param reason what is wrong and the way forward, without the prefix
     */
    public WorkflowException(String rule, String reason) {
        super(rule == null ? "error: " + reason : "refused (" + rule + "): " + reason);
        this.rule = rule;
        this.reason = reason;
    }

    public static WorkflowException refused(String rule, String reason) {
        return new WorkflowException(rule, reason);
    }

    public static WorkflowException invalid(String reason) {
        return new WorkflowException(null, reason);
    }

    /** The rule id, or null when the input itself was wrong. */
    public String rule() {
        return rule;
    }

    /** The message without the {@code refused (...)} or {@code error:} prefix. */
    public String reason() {
        return reason;
    }

    /** The Gogo console prints {@code toString()} of a failed command; keep it the one line, without a class name. */
    @Override
    public String toString() {
        return getMessage();
    }
}

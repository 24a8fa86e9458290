package stageflow.api;

/**
 * Who asks for a change and why; recorded in the journal (workflow-spec E-1).
 *
 * @param actor  who did it (operator name, integration name)
 * @param reason why, or null
 * @param dryRun when true the operation is validated and computed but nothing is stored
 */
public record Origin(String actor, String reason, boolean dryRun) {

    public static Origin operator(String actor) {
        return new Origin(actor, null, false);
    }

    public Origin because(String why) {
        return new Origin(actor, why, dryRun);
    }

    public Origin dryRun(boolean simulate) {
        return new Origin(actor, reason, simulate);
    }
}

package stageflow.store.spi;

/**
 * A campaign's message template as an operator set it (workflow-spec M-1); the defaults of M-2 are the engine's and
 * are stored only once an operator changes one.
 *
 * @param stage    the stage it is bound to, or null
 * @param delivery {@code manual}, {@code stage-entry}, {@code date-based} or {@code needs-work}
 * @param days     for {@code date-based}: days after (positive) or before (negative) a deliverable's due date
 * @param updated  epoch milliseconds
 */
public record TemplateRecord(String campaign, String id, String stage, String delivery, int days, String subject,
        String body, long updated) {
}

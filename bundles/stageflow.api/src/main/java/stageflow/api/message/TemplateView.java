package stageflow.api.message;

/**
 * A template as it applies now.
 *
 * @param stage    the stage it is bound to, or null
 * @param delivery one of {@link Messages#MANUAL}, {@link Messages#STAGE_ENTRY}, {@link Messages#DATE_BASED},
 *                 {@link Messages#NEEDS_WORK}
 * @param days     for date-based: days after (positive) or before (negative) a deliverable's due date; else 0
 * @param isDefault whether it is one of M-2's defaults (changed or not)
 */
public record TemplateView(String id, String stage, String delivery, int days, String subject, String body,
        boolean isDefault) {
}

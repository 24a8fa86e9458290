package stageflow.engine.message;

import static stageflow.api.message.Messages.NEEDS_WORK;
import static stageflow.api.message.Messages.STAGE_ENTRY;

import java.util.List;
import java.util.Optional;

import stageflow.api.message.TemplateView;
import stageflow.engine.workflow.CampaignWorkflow;

/**
 * M-2: the templates every campaign starts with, each sent on entry to its stage (Draft Needs Revisions when a draft
 * is marked needs-work). Content Creation has two, and which one goes depends on the workflow: Posting Instructions
 * when drafts are not reviewed, Draft Approval when they are. Deliverables has none.
 */
public final class DefaultTemplates {
    public static final String POSTING_INSTRUCTIONS = "posting-instructions";
    public static final String DRAFT_APPROVAL = "draft-approval";

    static final List<TemplateView> ALL = List.of(
            entry("invitation", "invited", "You're invited: {{campaign}}",
                    "Hi {{first_name}},\n\nwe would love you to join {{campaign}}. Reply to this message to apply."),
            entry("member-accepted", "confirmation", "Welcome to {{campaign}}",
                    "Hi {{first_name}},\n\nyou are in: please confirm your deliverables for {{campaign}}."),
            entry("youre-confirmed", "pre-payment", "You're confirmed for {{campaign}}",
                    "Hi {{first_name}},\n\nyour participation in {{campaign}} is confirmed."),
            entry("draft-submission", "draft", "Time to submit your draft for {{campaign}}",
                    "Hi {{first_name}},\n\nplease submit your draft{{#due_date}} by {{due_date}}{{/due_date}}."),
            new TemplateView("draft-needs-revisions", null, NEEDS_WORK, 0, "Your draft for {{campaign}} needs"
                    + " revisions", "Hi {{first_name}},\n\nthanks for your draft; it needs a few changes before it"
                    + " can be approved. Please submit a new version.", true),
            entry(POSTING_INSTRUCTIONS, "content-creation", "Posting instructions for {{campaign}}",
                    "Hi {{first_name}},\n\nyou can post now{{#due_date}}; please publish by {{due_date}}{{/due_date}}."),
            entry(DRAFT_APPROVAL, "content-creation", "Your draft for {{campaign}} is approved",
                    "Hi {{first_name}},\n\nyour draft is approved: you can post now{{#due_date}}; please publish by"
                            + " {{due_date}}{{/due_date}}."),
            entry("post-complete", "complete", "Thank you, {{first_name}}",
                    "Hi {{first_name}},\n\nyour part in {{campaign}} is complete. Thank you!"));

    private DefaultTemplates() {
    }

    public static Optional<TemplateView> of(String id) {
        return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /**
     * Whether a template bound to Content Creation fits the workflow: Posting Instructions without a Draft Review
     * stage enabled, Draft Approval with one. Every other template always fits.
     */
    static boolean fits(TemplateView template, CampaignWorkflow workflow) {
        boolean reviewed = workflow.stage("draft-review").map(s -> s.enabled()).orElse(false);
        return switch (template.id()) {
            case POSTING_INSTRUCTIONS -> !reviewed;
            case DRAFT_APPROVAL -> reviewed;
            default -> true;
        };
    }

    private static TemplateView entry(String id, String stage, String subject, String body) {
        return new TemplateView(id, stage, STAGE_ENTRY, 0, subject, body, true);
    }
}

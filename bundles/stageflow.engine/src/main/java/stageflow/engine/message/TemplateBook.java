package stageflow.engine.message;

import static stageflow.api.message.Messages.DATE_BASED;
import static stageflow.api.message.Messages.MANUAL;
import static stageflow.api.message.Messages.NEEDS_WORK;
import static stageflow.api.message.Messages.STAGE_ENTRY;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import stageflow.api.WorkflowException;
import stageflow.api.message.TemplateChange;
import stageflow.api.message.TemplateView;
import stageflow.engine.workflow.CampaignWorkflow;
import stageflow.store.spi.TemplateRecord;

/**
 * One campaign's templates (M-1, M-2): the defaults, overlaid by what operators set, plus the campaign's own; and
 * the rules a change must keep.
 */
public final class TemplateBook {
    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = stageflow.api.message.Messages.LONGEST_BODY;
    static final List<String> DELIVERIES = List.of(MANUAL, STAGE_ENTRY, DATE_BASED, NEEDS_WORK);
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final Map<String, TemplateView> templates = new TreeMap<>();

    public TemplateBook(List<TemplateRecord> stored) {
        DefaultTemplates.ALL.forEach(t -> templates.put(t.id(), t));
        for (TemplateRecord r : stored) {
            templates.put(r.id(), new TemplateView(r.id(), r.stage(), r.delivery(), r.days(), r.subject(), r.body(),
                    DefaultTemplates.of(r.id()).isPresent()));
        }
    }

    public List<TemplateView> all() {
        return List.copyOf(templates.values());
    }

    public TemplateView require(String campaign, String id) {
        TemplateView template = templates.get(id);
        if (template == null) {
            throw WorkflowException.invalid("campaign '" + campaign + "' has no template '" + id + "'; template:list "
                    + campaign + " lists them");
        }
        return template;
    }

    /** The automatic templates of a delivery that fit the workflow; stage-entry ones only for {@code stage}. */
    public List<TemplateView> automatic(String delivery, String stage, CampaignWorkflow workflow) {
        return templates.values().stream().filter(t -> t.delivery().equals(delivery))
                .filter(t -> !STAGE_ENTRY.equals(delivery) || t.stage().equals(stage))
                .filter(t -> DefaultTemplates.fits(t, workflow)).toList();
    }

    /** The template after {@code change}, checked; the record to store. */
    public TemplateRecord changed(String campaign, String id, TemplateChange change, CampaignWorkflow workflow,
            long now) {
        if (!ID.matcher(id).matches()) {
            throw WorkflowException.invalid("template id '" + (id.length() > 40 ? id.substring(0, 37) + "..." : id)
                    + "' is not valid; ids look like [a-z0-9-]{1,40}, e.g. reminder");
        }
        TemplateView current = templates.get(id);
        if (current == null && (change.subject() == null || change.body() == null)) {
            throw WorkflowException.refused("M-1", "a new template needs --subject and --body (or --body-file);"
                    + " template:list " + campaign + " shows the existing ones");
        }
        String delivery = pick(change.delivery(), current == null ? MANUAL : current.delivery());
        if (!DELIVERIES.contains(delivery)) {
            throw WorkflowException.invalid("unknown delivery '" + delivery + "'; deliveries are "
                    + String.join(", ", DELIVERIES));
        }
        String stage = pick(change.stage(), current == null ? null : current.stage());
        if (stage != null && !stage.isEmpty()) {
            workflow.require(stage, campaign);
        }
        stage = stage == null || stage.isEmpty() ? null : stage;
        int days = change.days() != null ? change.days() : current == null ? 0 : current.days();
        if (STAGE_ENTRY.equals(delivery) && stage == null) {
            throw WorkflowException.refused("M-1", "a stage-entry template is bound to a stage; add --stage <s>");
        }
        if (!DATE_BASED.equals(delivery)) {
            days = 0;
        } else if (days < -365 || days > 365) {
            throw WorkflowException.refused("M-1", "--days is " + days + "; a date-based template goes at most 365"
                    + " days before or after a due date");
        }
        String subject = pick(change.subject(), current == null ? null : current.subject());
        String body = pick(change.body(), current == null ? null : current.body());
        checkText(subject, body);
        return new TemplateRecord(campaign, id, stage, delivery, days, subject, body, now);
    }

    private static void checkText(String subject, String body) {
        if (subject.isBlank() || subject.length() > MAX_SUBJECT || subject.indexOf('\n') >= 0
                || subject.indexOf('\r') >= 0) {
            throw WorkflowException.refused("M-3", "a subject is one line of 1 to " + MAX_SUBJECT + " characters");
        }
        if (body.isBlank() || body.length() > MAX_BODY) {
            throw WorkflowException.refused("M-3", "a body is 1 to " + MAX_BODY + " characters; this one has "
                    + body.length());
        }
        MergeFields.check("subject", subject);
        MergeFields.check("body", body);
    }

    private static String pick(String given, String current) {
        return given != null ? given : current;
    }
}

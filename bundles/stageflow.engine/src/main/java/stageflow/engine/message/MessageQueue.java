package stageflow.engine.message;

import java.util.Comparator;
import java.util.Map;

import stageflow.api.message.MessageView;
import stageflow.api.message.RenderedMessage;
import stageflow.api.message.TemplateView;
import stageflow.engine.workflow.CampaignWorkflow;
import stageflow.store.spi.CampaignRecord;
import stageflow.store.spi.DeliverableRecord;
import stageflow.store.spi.MessageRecord;
import stageflow.store.spi.ParticipationRecord;
import stageflow.store.spi.StoreReader;
import stageflow.store.spi.StoreTransaction;

/**
 * Puts a rendered message into a campaign's outbox (M-3): rendered now, with the influencer's fields as they are, so
 * what goes out is what was decided when it was queued. An influencer without an address gets a failed message, in
 * plain sight in message:list, instead of nothing.
 */
public final class MessageQueue {
    static final String NO_ADDRESS = "no email address; import it (influencer:import with an email column), then"
            + " send again with template:send";

    private MessageQueue() {
    }

    /** The template rendered for one influencer; {@code dueDate} null takes their earliest open due date. */
    public static RenderedMessage render(StoreReader tx, CampaignRecord campaign, CampaignWorkflow workflow,
            ParticipationRecord p, TemplateView template, String dueDate) {
        String due = dueDate != null ? dueDate : earliestDue(tx, p);
        Map<String, String> fields = MergeFields.of(p.influencer(), p.name(), address(p), campaign.name(),
                workflow.labelOf(p.stage()), due);
        return new RenderedMessage(address(p), MergeFields.render(template.subject(), fields),
                MergeFields.render(template.body(), fields));
    }

    /** Queues the template for the influencer; {@code trigger} is {@code manual} or the automatic delivery. */
    public static MessageRecord queue(StoreTransaction tx, CampaignRecord campaign, CampaignWorkflow workflow,
            ParticipationRecord p, TemplateView template, String trigger, String dueDate, long now) {
        RenderedMessage m = render(tx, campaign, workflow, p, template, dueDate);
        boolean addressed = m.to() != null && !m.to().isBlank();
        return tx.putMessage(new MessageRecord(campaign.id(), 0, template.id(), trigger, p.influencer(), m.to(),
                m.subject(), m.body(), addressed ? MessageRecord.QUEUED : MessageRecord.FAILED, 0,
                addressed ? null : NO_ADDRESS, now, now));
    }

    /** The influencer's email, or their id when it is an address (added as ana@example.com); else null. */
    public static String address(ParticipationRecord p) {
        if (p.email() != null && !p.email().isBlank()) {
            return p.email();
        }
        return p.influencer().indexOf('@') > 0 ? p.influencer() : null;
    }

    public static MessageView view(MessageRecord m) {
        return new MessageView(m.campaign(), m.id(), m.template(), m.influencer(), m.to(), m.subject(), m.status(),
                m.attempts(), m.time(), m.error());
    }

    private static String earliestDue(StoreReader tx, ParticipationRecord p) {
        return tx.deliverables(p.campaign(), p.influencer()).stream().filter(d -> !d.complete() && d.due() != null)
                .map(DeliverableRecord::due).min(Comparator.naturalOrder()).orElse(null);
    }
}

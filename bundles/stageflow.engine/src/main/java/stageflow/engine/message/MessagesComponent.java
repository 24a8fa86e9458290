package stageflow.engine.message;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import stageflow.api.Ids;
import stageflow.api.Origin;
import stageflow.api.WorkflowException;
import stageflow.api.message.MessageView;
import stageflow.api.message.Messages;
import stageflow.api.message.RenderedMessage;
import stageflow.api.message.TemplateChange;
import stageflow.api.message.TemplateView;
import stageflow.api.stage.StageRegistry;
import stageflow.engine.tx.Transactions;
import stageflow.store.spi.CampaignRecord;
import stageflow.store.spi.MessageRecord;
import stageflow.store.spi.ParticipationRecord;
import stageflow.store.spi.WorkflowStore;

/** Templates and messages (M-1..M-3): what the {@code template:} and {@code message:} commands call. */
@Component(service = Messages.class)
public final class MessagesComponent implements Messages {
    private static final List<String> STATUSES = List.of(MessageRecord.QUEUED, MessageRecord.SENT,
            MessageRecord.FAILED);

    private final Transactions tx;

    @Activate
    public MessagesComponent(@Reference WorkflowStore store, @Reference StageRegistry registry) {
        this(Transactions.sealed(store, registry));
    }

    /** On given transactions: the engine's tests, on the real store without a framework. */
    public MessagesComponent(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public List<TemplateView> templates(String campaign) {
        Ids.campaign(campaign);
        return tx.read(t -> {
            Transactions.requireCampaign(t, campaign);
            return new TemplateBook(t.templates(campaign)).all();
        });
    }

    @Override
    public TemplateView template(String campaign, String template) {
        Ids.campaign(campaign);
        return tx.read(t -> {
            Transactions.requireCampaign(t, campaign);
            return new TemplateBook(t.templates(campaign)).require(campaign, template);
        });
    }

    @Override
    public TemplateView set(String campaign, String template, TemplateChange change, Origin origin) {
        return tx.onCampaign(campaign, origin, (t, record) -> {
            TemplateBook book = new TemplateBook(t.templates(campaign));
            t.putTemplate(book.changed(campaign, template, change, tx.workflow(record), tx.now()));
            return new TemplateBook(t.templates(campaign)).require(campaign, template);
        });
    }

    @Override
    public List<MessageView> send(String campaign, String template, List<String> influencers, Origin origin) {
        if (influencers == null || influencers.isEmpty()) {
            throw WorkflowException.invalid("name at least one influencer to send to");
        }
        Ids.noOptions(influencers);
        influencers.forEach(Ids::influencer);
        return tx.onCampaign(campaign, origin, (t, record) -> {
            requireLive(record);
            TemplateView view = new TemplateBook(t.templates(campaign)).require(campaign, template);
            List<MessageView> sent = new ArrayList<>();
            for (String influencer : influencers.stream().distinct().toList()) {
                ParticipationRecord p = Transactions.requireParticipation(t, campaign, influencer);
                if (MessageQueue.address(p) == null) {
                    throw WorkflowException.refused("M-3", "'" + influencer + "' has no email address; nothing was"
                            + " queued. Import it (influencer:import with an email column), then send again");
                }
                sent.add(MessageQueue.view(MessageQueue.queue(t, record, tx.workflow(record), p, view,
                        MessageRecord.MANUAL, null, tx.now())));
            }
            return sent;
        });
    }

    @Override
    public RenderedMessage preview(String campaign, String template, String influencer) {
        return tx.readParticipant(campaign, influencer, (t, record, p) -> MessageQueue.render(t, record,
                tx.workflow(record), p, new TemplateBook(t.templates(campaign)).require(campaign, template), null));
    }

    @Override
    public List<MessageView> messages(String campaign, String influencer, String status) {
        Ids.campaign(campaign);
        if (influencer != null) {
            Ids.influencer(influencer);
        }
        if (status != null && !STATUSES.contains(status)) {
            throw WorkflowException.invalid("unknown message status '" + Ids.shorten(status) + "'; statuses are "
                    + String.join(", ", STATUSES));
        }
        return tx.read(t -> {
            Transactions.requireCampaign(t, campaign);
            if (influencer != null) {
                Transactions.requireParticipation(t, campaign, influencer);
            }
            return t.messages(campaign, influencer).stream().filter(m -> status == null || m.status().equals(status))
                    .map(MessageQueue::view).toList();
        });
    }

    @Override
    public int queueDateBased(LocalDate today, Origin origin) {
        // one transaction per campaign: a scan of a large campaign holds up other commands for that campaign's
        // time, not for all of them
        int queued = 0;
        for (String campaign : tx.read(t -> t.campaigns().stream().filter(Transactions::live)
                .map(CampaignRecord::id).toList())) {
            queued += tx.write(origin, t -> DateTriggers.queue(t, campaign, today, tx::workflow, tx.now()));
        }
        return queued;
    }

    /** M-3: nothing goes out while the campaign is not live. */
    private static void requireLive(CampaignRecord record) {
        if (!Transactions.live(record)) {
            throw WorkflowException.refused("M-3", "campaign '" + record.id() + "' is " + record.status().id()
                    + "; messages are sent only while it is live (campaign:" + (record.status().id().equals("draft")
                    ? "launch " : "resume ") + record.id() + ")");
        }
    }
}

package stageflow.engine.message;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import stageflow.api.message.Messages;
import stageflow.api.message.TemplateView;
import stageflow.engine.tx.Transactions;
import stageflow.engine.workflow.CampaignWorkflow;
import stageflow.store.spi.CampaignRecord;
import stageflow.store.spi.DeliverableRecord;
import stageflow.store.spi.ParticipationRecord;
import stageflow.store.spi.StoreTransaction;

/**
 * M-1's date-based delivery: a template N days before or after a deliverable's due date. Its day is due + N; it
 * goes on the first check on or after that day while the deliverable is still open, and a reminder before the due
 * date (N below 0) no longer goes once the due date has passed. Limited to the template's stage when it names one;
 * at most once per influencer (M-3); live campaigns only.
 */
public final class DateTriggers {
    private DateTriggers() {
    }

    /** Queues what is due by {@code today} in one campaign, if it is live; how many messages were queued. */
    public static int queue(StoreTransaction tx, String campaignId, LocalDate today,
            Function<CampaignRecord, CampaignWorkflow> workflows, long now) {
        CampaignRecord campaign = tx.campaign(campaignId).filter(Transactions::live).orElse(null);
        if (campaign == null) {
            return 0;
        }
        CampaignWorkflow workflow = workflows.apply(campaign);
        int queued = 0;
        for (TemplateView template : new TemplateBook(tx.templates(campaign.id())).automatic(Messages.DATE_BASED,
                null, workflow)) {
            queued += queue(tx, campaign, workflow, template, today, now);
        }
        return queued;
    }

    private static int queue(StoreTransaction tx, CampaignRecord campaign, CampaignWorkflow workflow,
            TemplateView template, LocalDate today, long now) {
        int queued = 0;
        List<ParticipationRecord> influencers = template.stage() == null ? tx.participations(campaign.id())
                : tx.influencersIn(campaign.id(), template.stage()).stream()
                        .map(id -> tx.participation(campaign.id(), id).orElseThrow()).toList();
        for (ParticipationRecord p : influencers) {
            if (workflow.stage(p.stage()).map(s -> s.isDropped()).orElse(false)
                    || tx.triggered(campaign.id(), p.influencer(), template.id())) {
                continue;
            }
            Optional<LocalDate> due = dueFor(tx, p, template.days(), today);
            if (due.isPresent()) {
                MessageQueue.queue(tx, campaign, workflow, p, template, Messages.DATE_BASED, due.get().toString(),
                        now);
                queued++;
            }
        }
        return queued;
    }

    /** The earliest due date of an open deliverable whose day (due + days) has come and is still current. */
    static Optional<LocalDate> dueFor(StoreTransaction tx, ParticipationRecord p, int days, LocalDate today) {
        return tx.deliverables(p.campaign(), p.influencer()).stream().filter(d -> !d.complete() && d.due() != null)
                .map(DeliverableRecord::due).map(DateTriggers::date).flatMap(Optional::stream)
                .filter(due -> !today.isBefore(due.plusDays(days)) && (days >= 0 || !today.isAfter(due)))
                .min(LocalDate::compareTo);
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

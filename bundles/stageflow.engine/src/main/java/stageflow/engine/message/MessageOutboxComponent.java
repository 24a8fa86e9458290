package stageflow.engine.message;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import stageflow.api.Ids;
import stageflow.api.Origin;
import stageflow.api.message.MessageOutbox;
import stageflow.api.message.MessageView;
import stageflow.api.message.RenderedMessage;
import stageflow.api.stage.StageRegistry;
import stageflow.engine.tx.Transactions;
import stageflow.store.spi.CampaignRecord;
import stageflow.store.spi.MessageRecord;
import stageflow.store.spi.WorkflowStore;

/**
 * The message outbox for the sending bundle: queued messages of live campaigns when due (M-3: nothing goes out
 * while a campaign is not live; its messages wait), and what each attempt came to. A refused address fails the
 * message; anything else (no server, a time-out, a refused login) is tried again later, 30 s after the first failure,
 * doubling up to 30 minutes apart, for 24 hours from when it was queued, like a webhook delivery (W-3): a mail
 * server down for an afternoon fails nothing.
 */
@Component(service = MessageOutbox.class)
public final class MessageOutboxComponent implements MessageOutbox {
    static final long GIVE_UP_AFTER = 24 * 3_600_000L;
    private static final long FIRST_RETRY = 30_000;
    private static final long LONGEST_WAIT = 30 * 60_000;
    private static final Origin SENDER = Origin.operator("mail-sender");

    private final Transactions tx;

    @Activate
    public MessageOutboxComponent(@Reference WorkflowStore store, @Reference StageRegistry registry) {
        this(Transactions.sealed(store, registry));
    }

    /** On given transactions: the engine's tests, on the real store without a framework. */
    public MessageOutboxComponent(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public List<Outgoing> due(long now, int max) {
        return tx.read(t -> {
            List<Outgoing> due = new ArrayList<>();
            // campaign by campaign, live ones only: what waits on a paused campaign never holds up another's
            for (CampaignRecord campaign : t.campaigns()) {
                if (!Transactions.live(campaign)) {
                    continue;
                }
                // read past messages waiting for a retry, so a few of those do not hold up the newer ones
                for (MessageRecord m : t.queuedMessages(campaign.id(), 10 * max)) {
                    if (m.next() <= now && due.size() < max) {
                        due.add(new Outgoing(m.campaign(), m.id(), new RenderedMessage(m.to(), m.subject(),
                                m.body())));
                    }
                }
                if (due.size() >= max) {
                    break;
                }
            }
            return due;
        });
    }

    @Override
    public MessageView report(String campaign, String id, String error, boolean permanent, long now) {
        long number = number(id);
        return tx.write(SENDER, t -> t.message(campaign, number)
                .filter(m -> m.status().equals(MessageRecord.QUEUED))
                .map(m -> MessageQueue.view(t.putMessage(after(m, error, permanent, now))))
                .orElse(null));
    }

    /** What an attempt makes of a queued message; {@code time} of a queued message is when it was queued. */
    static MessageRecord after(MessageRecord m, String error, boolean permanent, long now) {
        if (error == null) {
            return m.attempted(MessageRecord.SENT, null, 0, now);
        }
        String why = error.length() > 300 ? error.substring(0, 297) + "..." : error;
        if (permanent || now - m.time() >= GIVE_UP_AFTER) {
            return m.attempted(MessageRecord.FAILED, why, 0, now);
        }
        long wait = Math.min(LONGEST_WAIT, FIRST_RETRY << Math.min(m.attempts(), 16));
        return m.attempted(MessageRecord.QUEUED, why, now + wait, m.time());
    }

    private static long number(String id) {
        if (id == null || !id.matches("m[1-9][0-9]{0,17}")) {
            throw new IllegalArgumentException("not a message id: " + Ids.shorten(String.valueOf(id)));
        }
        return Long.parseLong(id.substring(1));
    }
}

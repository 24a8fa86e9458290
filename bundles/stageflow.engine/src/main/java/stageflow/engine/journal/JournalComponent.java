package stageflow.engine.journal;

import static stageflow.engine.tx.Transactions.requireCampaign;
import static stageflow.engine.tx.Transactions.requireParticipation;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import stageflow.api.HistoryFilter;
import stageflow.api.Ids;
import stageflow.api.Journal;
import stageflow.api.dto.JournalEntry;
import stageflow.api.stage.StageRegistry;
import stageflow.engine.tx.Transactions;
import stageflow.store.spi.WorkflowStore;

/** Reading the journal (E-1); the engine writes it in the transaction of every change. */
@Component(service = Journal.class)
public final class JournalComponent implements Journal {
    private final Transactions tx;

    @Activate
    public JournalComponent(@Reference WorkflowStore store, @Reference StageRegistry registry) {
        this(Transactions.sealed(store, registry));
    }

    /** On given transactions: the engine's tests and benchmarks, on the real store without a framework. */
    public JournalComponent(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public List<JournalEntry> history(String campaign, String influencer) {
        return history(campaign, influencer, HistoryFilter.ALL);
    }

    @Override
    public List<JournalEntry> history(String campaign, String influencer, HistoryFilter filter) {
        Ids.campaign(campaign);
        if (influencer != null) {
            Ids.influencer(influencer);
        }
        return tx.read(t -> {
            requireCampaign(t, campaign);
            if (influencer != null) {
                requireParticipation(t, campaign, influencer);
            }
            return t.journal(campaign, influencer).stream().filter(e -> filter.shows(e.time(), e.cause(), e.actor()))
                    .map(Notes::entry).toList();
        });
    }
}

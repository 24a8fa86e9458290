package stageflow.engine.journal;

import static stageflow.engine.tx.Transactions.requireCampaign;
import static stageflow.engine.tx.Transactions.requireParticipation;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import stageflow.api.Ids;
import stageflow.api.Journal;
import stageflow.api.dto.JournalEntry;
import stageflow.engine.tx.Transactions;

/** Reading the journal (E-1); the engine writes it in the transaction of every change. */
@Component(service = Journal.class)
public final class JournalComponent implements Journal {
    private final Transactions tx;

    @Activate
    public JournalComponent(@Reference Transactions tx) {
        this.tx = tx;
    }

    @Override
    public List<JournalEntry> history(String campaign, String influencer) {
        Ids.campaign(campaign);
        if (influencer != null) {
            Ids.influencer(influencer);
        }
        return tx.read(t -> {
            requireCampaign(t, campaign);
            if (influencer != null) {
                requireParticipation(t, campaign, influencer);
            }
            return t.journal(campaign, influencer).stream().map(Notes::entry).toList();
        });
    }
}

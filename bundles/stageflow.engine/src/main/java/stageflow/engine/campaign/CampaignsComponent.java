package stageflow.engine.campaign;

import static stageflow.engine.tx.Transactions.requireCampaign;
import static stageflow.engine.tx.Transactions.summary;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import stageflow.api.CampaignStatus;
import stageflow.api.Campaigns;
import stageflow.api.Ids;
import stageflow.api.Origin;
import stageflow.api.StatusChange;
import stageflow.api.WorkflowException;
import stageflow.api.dto.Board;
import stageflow.api.dto.CampaignSummary;
import stageflow.api.stage.StageRegistry;
import stageflow.engine.tx.Transactions;
import stageflow.store.spi.WorkflowStore;
import stageflow.engine.workflow.Boards;
import stageflow.engine.workflow.CampaignWorkflow;
import stageflow.store.spi.CampaignRecord;

/** Campaigns and their status: the rules are in {@link CampaignLifecycle}. */
@Component(service = Campaigns.class)
public final class CampaignsComponent implements Campaigns {
    private final Transactions tx;

    @Activate
    public CampaignsComponent(@Reference WorkflowStore store, @Reference StageRegistry registry) {
        this(Transactions.sealed(store, registry));
    }

    /** On given transactions: the engine's tests and benchmarks, on the real store without a framework. */
    public CampaignsComponent(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public CampaignSummary create(String campaign, String name, Origin origin) {
        Ids.campaign(campaign);
        String label = Ids.text("name", name);
        return tx.write(origin, t -> {
            if (t.campaign(campaign).isPresent()) {
                throw WorkflowException.invalid("campaign '" + campaign + "' already exists; campaign:show "
                        + campaign + " shows it");
            }
            CampaignRecord record = new CampaignRecord(campaign, label == null || label.isBlank() ? campaign : label,
                    CampaignStatus.DRAFT, tx.now(), CampaignWorkflow.defaultSlots());
            t.putCampaign(record);
            return summary(t, record);
        });
    }

    @Override
    public List<CampaignSummary> list(CampaignStatus status) {
        return tx.read(t -> t.campaigns().stream().filter(c -> status == null || c.status() == status)
                .map(c -> summary(t, c)).toList());
    }

    @Override
    public Board board(String campaign) {
        Ids.campaign(campaign);
        return tx.read(t -> {
            CampaignRecord record = requireCampaign(t, campaign);
            return Boards.of(record, tx.workflow(record), t);
        });
    }

    @Override
    public CampaignSummary changeStatus(String campaign, StatusChange change, Origin origin) {
        Ids.campaign(campaign);
        return tx.write(origin, t -> {
            CampaignRecord record = requireCampaign(t, campaign);
            CampaignRecord next = record.withStatus(CampaignLifecycle.next(record, change));
            t.putCampaign(next);
            return summary(t, next);
        });
    }

    @Override
    public CampaignSummary delete(String campaign, Origin origin) {
        Ids.campaign(campaign);
        return tx.write(origin, t -> {
            CampaignRecord record = requireCampaign(t, campaign);
            CampaignLifecycle.requireDeletable(record);
            CampaignSummary gone = summary(t, record);
            t.deleteCampaign(campaign);
            return gone;
        });
    }
}

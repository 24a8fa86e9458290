package stageflow.engine.influencer;

import java.util.regex.Pattern;

import stageflow.api.Ids;
import stageflow.api.NewInfluencer;
import stageflow.api.WorkflowException;
import stageflow.api.dto.ParticipationView;
import stageflow.engine.workflow.CampaignWorkflow;
import stageflow.store.spi.ParticipationRecord;
import stageflow.store.spi.StoreReader;

/** Membership of a campaign: who may join (C-4: in the entry stage), and how a member reads. */
final class Roster {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private Roster() {
    }

    /** A new member in {@code entry}, or refused: bad id, name or email, or already in the campaign. */
    static ParticipationRecord newcomer(StoreReader tx, String campaign, NewInfluencer influencer, String entry,
            long now) {
        Ids.influencer(influencer.id());
        String name = blankToNull(Ids.text("name", influencer.name()));
        String email = blankToNull(Ids.text("email", influencer.email()));
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw WorkflowException.invalid("email '" + Ids.shorten(email) + "' of '" + influencer.id()
                    + "' is not an email address");
        }
        tx.participation(campaign, influencer.id()).ifPresent(p -> {
            throw WorkflowException.invalid("'" + influencer.id() + "' is already in campaign '" + campaign
                    + "' (stage " + p.stage() + ")");
        });
        return new ParticipationRecord(campaign, influencer.id(), name, email, entry, null, now);
    }

    static ParticipationView view(CampaignWorkflow workflow, ParticipationRecord p) {
        return new ParticipationView(p.campaign(), p.influencer(), p.name(), p.email(), p.stage(),
                workflow.labelOf(p.stage()), workflow.phaseOf(p.stage()), p.since());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

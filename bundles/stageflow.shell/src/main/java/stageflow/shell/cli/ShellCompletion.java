package stageflow.shell.cli;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import stageflow.api.CampaignStatus;
import stageflow.api.Campaigns;
import stageflow.api.ContentType;
import stageflow.api.DeliverableKind;
import stageflow.api.Deliverables;
import stageflow.api.DraftOutcome;
import stageflow.api.Influencers;
import stageflow.api.Phase;
import stageflow.api.WorkflowException;
import stageflow.api.Workflows;
import stageflow.api.console.CommandCompletion;
import stageflow.api.dto.StageRow;

/**
 * Tab completion of Stageflow's commands for every console: options from each command's description, values from
 * the live system (campaign, influencer, stage and deliverable ids) and from the domain's enumerations.
 */
@Component(service = CommandCompletion.class)
public class ShellCompletion implements CommandCompletion {
    private final Campaigns campaigns;
    private final Influencers influencers;
    private final Workflows workflows;
    private final Deliverables deliverables;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private volatile List<Scope> scopes = List.of();

    @Activate
    public ShellCompletion(@Reference Campaigns campaigns, @Reference Influencers influencers,
            @Reference Workflows workflows, @Reference Deliverables deliverables) {
        this.campaigns = campaigns;
        this.influencers = influencers;
        this.workflows = workflows;
        this.deliverables = deliverables;
    }

    @Override
    public List<Candidate> complete(List<String> words, int index, String prefix) {
        if (words.isEmpty() || !words.get(0).contains(":")) {
            return List.of();
        }
        String[] name = words.get(0).split(":", 2);
        for (Scope scope : scopes) {
            ShellCommand command = scope.name().equals(name[0]) ? scope.command(name[1]) : null;
            if (command != null) {
                return Completer.complete(command, words, index, prefix, this::values);
            }
        }
        return List.of();
    }

    /** Values of an argument by its label; what was typed before gives the campaign, the influencer. */
    private List<Candidate> values(String label, List<String> given) {
        try {
            return switch (label) {
                case "<campaign>" -> campaigns.list(null).stream().map(c -> new Candidate(c.id(), c.name())).toList();
                case "<influencer>" -> given.isEmpty() ? List.of() : influencers.list(given.get(0), null, null)
                        .stream().map(p -> new Candidate(p.influencer(), p.stage())).toList();
                case "<stage>", "<target>" -> stages(given);
                case "<new-stage>" -> newStages(given);
                case "<custom-stage>" -> given.isEmpty() ? List.of() : campaigns.board(given.get(0)).stages().stream()
                        .filter(StageRow::custom).map(s -> new Candidate(s.id(), s.label())).toList();
                case "<deliverable>" -> given.size() < 2 ? List.of() : deliverables.list(given.get(0), given.get(1))
                        .stream().map(d -> new Candidate(d.id(), d.kind())).toList();
                case "<kind>" -> ids(DeliverableKind.values(), DeliverableKind::id);
                case "<type>" -> ids(ContentType.values(), ContentType::id);
                case "<outcome>" -> ids(DraftOutcome.values(), DraftOutcome::id);
                case "<status>" -> ids(CampaignStatus.values(), CampaignStatus::id);
                case "<phase>" -> ids(Phase.values(), Phase::id);
                default -> List.of();
            };
        } catch (WorkflowException unknown) {
            return List.of(); // an unknown campaign typed before: nothing to offer
        }
    }

    /** The stages of the campaign typed first, in workflow order; else every stage there is. */
    private List<Candidate> stages(List<String> given) {
        if (given.isEmpty()) {
            return workflows.stages().stream().map(s -> new Candidate(s.id(), s.label())).toList();
        }
        return campaigns.board(given.get(0)).stages().stream().map(StageRow::id).map(id -> new Candidate(id, null))
                .toList();
    }

    /** Custom stages the campaign typed first does not have yet: what workflow:insert can place. */
    private List<Candidate> newStages(List<String> given) {
        Set<String> placed = given.isEmpty() ? Set.of() : campaigns.board(given.get(0)).stages().stream()
                .map(StageRow::id).collect(Collectors.toSet());
        return workflows.stages().stream().filter(s -> s.custom() && !placed.contains(s.id()))
                .map(s -> new Candidate(s.id(), s.label())).toList();
    }

    private static <E> List<Candidate> ids(E[] values, Function<E, String> id) {
        return Stream.of(values).map(v -> new Candidate(id.apply(v), null)).toList();
    }
}

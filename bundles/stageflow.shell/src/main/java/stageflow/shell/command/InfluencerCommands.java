package stageflow.shell.command;

import static stageflow.shell.command.CampaignCommands.CAMPAIGN;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import stageflow.api.HistoryFilter;
import stageflow.api.Ids;
import stageflow.api.InfluencerMoves;
import stageflow.api.Influencers;
import stageflow.api.Journal;
import stageflow.api.NewInfluencer;
import stageflow.api.Phase;
import stageflow.api.WorkflowException;
import stageflow.api.access.Role;
import stageflow.api.dto.BulkResult;
import stageflow.api.dto.InfluencerDetail;
import stageflow.api.incentive.Incentives;
import stageflow.shell.cli.Change;
import stageflow.shell.cli.Example;
import stageflow.shell.cli.Roles;
import stageflow.shell.cli.Scope;
import stageflow.shell.cli.Selecting;
import stageflow.shell.cli.Session;
import stageflow.shell.result.IncentiveResults.InfluencerShown;
import stageflow.shell.result.Results.DataView;
import stageflow.shell.result.Results.History;
import stageflow.shell.result.Results.Imported;
import stageflow.shell.result.Results.InfluencerList;
import stageflow.shell.result.Results.Moved;

/** Scope {@code influencer}: who is in a campaign, their moves, and the actions they take (workflow-spec C-, A-). */
@Component(service = {})
@Command(name = "influencer")
@Roles(read = Role.VIEWER, change = Role.OPERATOR)
public class InfluencerCommands {
    private static final String INFLUENCER = "influencer id";
    private static final String IDS = "influencer ids (or --stage)";
    private static final String REASON = "why, for the history";

    private final Influencers influencers;
    private final InfluencerMoves moves;
    private final Journal journal;
    private final Incentives incentives;
    private final Scope scope;

    @Activate
    public InfluencerCommands(@Reference Influencers influencers, @Reference InfluencerMoves moves,
            @Reference Journal journal, @Reference Incentives incentives, BundleContext context) {
        this.influencers = influencers;
        this.moves = moves;
        this.journal = journal;
        this.incentives = incentives;
        this.scope = Scope.register(context, this);
    }

    @Deactivate
    void deactivate() {
        scope.close();
    }

    @Command(name = "add", description = "add influencers to a campaign; they land in its first enabled stage")
    @Example("influencer:add spring ana ben cy")
    public BulkResult add(@Mixin Change change,
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1..*", arity = "0..*", paramLabel = "<influencer>",
                    description = "influencer ids, [A-Za-z0-9._@-]{1,128}") List<String> ids) {
        List<NewInfluencer> fresh = ids == null ? List.of() : ids.stream().map(NewInfluencer::of).toList();
        return influencers.add(campaign, fresh, change.origin(null), null);
    }

    @Command(name = "import", description = "import influencers from a CSV file with a header line id[,name,email,...]")
    @Example("influencer:import spring influencers.csv")
    public Imported importCsv(@Mixin Change change, @Mixin Session session,
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1", paramLabel = "<file>", description = "CSV file") String file) {
        Path path = session.path(file);
        if (!Files.isReadable(path)) {
            throw WorkflowException.invalid("cannot read " + path + "; give the path of a CSV file");
        }
        List<NewInfluencer> rows = CsvInfluencers.read(path);
        return new Imported(influencers.add(campaign, rows, change.origin(null),
                session.progress("importing", rows.size())));
    }

    @Command(name = "list", description = "list a campaign's influencers")
    @Example("influencer:list spring --stage invited")
    public InfluencerList list(
            @Option(names = "--stage", paramLabel = "<stage>", description = "only this stage") String stage,
            @Option(names = "--phase", paramLabel = "<phase>",
                    description = "only this phase: candidates, participants, complete, dropped") String phase,
            @Parameters(paramLabel = "<campaign>", description = CAMPAIGN) String campaign) {
        return new InfluencerList(influencers.list(campaign, stage, phase == null ? null : Phase.fromId(phase)));
    }

    @Command(name = "show", description = "show one influencer in a campaign: stage, phase, recorded data,"
            + " deliverables, drafts")
    @Example("influencer:show spring ana")
    public InfluencerShown show(
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1", paramLabel = "<influencer>", description = INFLUENCER) String influencer) {
        InfluencerDetail detail = influencers.show(campaign, influencer);
        return new InfluencerShown(detail, incentives.list(campaign, influencer, null));
    }

    @Command(name = "data", description = "show an influencer's recorded data, or record key=value pairs (an empty"
            + " value removes a key); custom stages read it in their hooks")
    @Example({ "influencer:data spring ana", "influencer:data spring ana \"shipping.address=1 Main St\"" })
    public Object data(@Mixin Change change,
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1", paramLabel = "<influencer>", description = INFLUENCER) String influencer,
            @Parameters(index = "2..*", arity = "0..*", paramLabel = "<key=value>",
                    description = "pairs, quoted when the value has spaces: \"shipping.address=1 Main St\"")
            List<String> pairs) {
        if (pairs == null || pairs.isEmpty()) {
            return new DataView(influencer, influencers.data(campaign, influencer));
        }
        Map<String, String> changes = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw WorkflowException.invalid("'" + Ids.shorten(pair) + "' is not key=value; e.g. influencer:data "
                        + campaign + " " + influencer + " \"shipping.address=1 Main St\"");
            }
            changes.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return influencers.recordData(campaign, influencer, changes, change.origin(null));
    }

    @Command(name = "history", description = "show a campaign's journal, or one influencer's; --since, --until, --cause"
            + " and --actor narrow it")
    @Example({ "influencer:history spring ana", "influencer:history spring --since 2026-11-01 --cause auto" })
    public History history(
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1", arity = "0..1", paramLabel = "<influencer>",
                    description = "influencer id (optional)") String influencer,
            @Option(names = "--since", paramLabel = "<yyyy-mm-dd | instant>",
                    description = "entries from then on (a day starts at 00:00 UTC)") String since,
            @Option(names = "--until", paramLabel = "<yyyy-mm-dd | instant>",
                    description = "entries before then (a day counts whole)") String until,
            @Option(names = "--cause", paramLabel = "<cause>",
                    description = "only this cause (manual, auto:shipping), or kind (auto, deliverable)") String cause,
            @Option(names = "--actor", paramLabel = "<user>", description = "only this actor's changes") String actor) {
        HistoryFilter filter = new HistoryFilter(Moments.at("--since", since, false),
                Moments.at("--until", until, true), Moments.given(cause), Moments.given(actor));
        return new History(journal.history(campaign, influencer, filter));
    }

    @Command(name = "promote", description = "move influencers to the next enabled stage")
    @Example({ "influencer:promote spring ana ben", "influencer:promote spring --stage candidates --expect 3" })
    public BulkResult promote(@Mixin Change change, @Mixin Selecting selecting,
            @Option(names = "--reason", paramLabel = "<text>", description = REASON) String reason,
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1..*", arity = "0..*", paramLabel = "<influencer>", description = IDS)
            List<String> ids) {
        return moves.promote(campaign, selecting.of(ids), change.origin(reason));
    }

    @Command(name = "move", description = "set the stage of influencers: any enabled stage, forward or backward")
    @Example("influencer:move spring deliverables ana --reason \"skip the application\"")
    public BulkResult move(@Mixin Change change, @Mixin Selecting selecting,
            @Option(names = "--reason", paramLabel = "<text>", description = REASON) String reason,
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1", paramLabel = "<target>", description = "target stage id") String target,
            @Parameters(index = "2..*", arity = "0..*", paramLabel = "<influencer>", description = IDS)
            List<String> ids) {
        return moves.move(campaign, target, selecting.of(ids), change.origin(reason));
    }

    @Command(name = "drop", description = "drop influencers from a campaign (restore brings them back)")
    @Example("influencer:drop spring ben --reason \"went quiet\"")
    public BulkResult drop(@Mixin Change change, @Mixin Selecting selecting,
            @Option(names = "--reason", paramLabel = "<text>", description = REASON) String reason,
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1..*", arity = "0..*", paramLabel = "<influencer>", description = IDS)
            List<String> ids) {
        return moves.drop(campaign, selecting.of(ids), change.origin(reason));
    }

    @Command(name = "restore", description = "bring a dropped influencer back to the stage they left, or --to another"
            + " enabled stage")
    @Example({ "influencer:restore spring ben", "influencer:restore spring ben --to invited" })
    public Moved restore(@Mixin Change change,
            @Option(names = "--to", paramLabel = "<stage>", description = "target stage") String to,
            @Option(names = "--reason", paramLabel = "<text>", description = REASON) String reason,
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1", paramLabel = "<influencer>", description = INFLUENCER) String influencer) {
        return new Moved(moves.restore(campaign, influencer, to, change.origin(reason)), change.dryRun());
    }

    @Command(name = "apply", description = "record an application: invited -> applied, or a newcomer straight into"
            + " applied (live only)")
    @Example("influencer:apply spring ana")
    public Moved apply(@Mixin Change change,
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1", paramLabel = "<influencer>", description = INFLUENCER) String influencer) {
        return new Moved(moves.apply(campaign, influencer, change.origin(null)), change.dryRun());
    }

    @Command(name = "accept", description = "accept applications: applied -> next enabled stage")
    @Example("influencer:accept spring ana")
    public BulkResult accept(@Mixin Change change,
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1..*", arity = "0..*", paramLabel = "<influencer>", description = "influencer ids")
            List<String> ids) {
        return moves.accept(campaign, ids == null ? List.of() : ids, change.origin(null));
    }

    @Command(name = "reject", description = "reject applications: applied -> dropped")
    @Example("influencer:reject spring ben --reason \"not a fit\"")
    public BulkResult reject(@Mixin Change change,
            @Option(names = "--reason", paramLabel = "<text>", description = REASON) String reason,
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1..*", arity = "0..*", paramLabel = "<influencer>", description = "influencer ids")
            List<String> ids) {
        return moves.reject(campaign, ids == null ? List.of() : ids, change.origin(reason));
    }

    @Command(name = "confirm", description = "record the influencer's confirmation: confirmation -> next enabled"
            + " stage (live only)")
    @Example("influencer:confirm spring ana")
    public Moved confirm(@Mixin Change change,
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1", paramLabel = "<influencer>", description = INFLUENCER) String influencer) {
        return new Moved(moves.confirm(campaign, influencer, change.origin(null)), change.dryRun());
    }

    @Command(name = "opt-out", description = "record the influencer's opt-out: confirmation -> dropped (live only)")
    @Example("influencer:opt-out spring ana")
    public Moved optOut(@Mixin Change change,
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1", paramLabel = "<influencer>", description = INFLUENCER) String influencer) {
        return new Moved(moves.optOut(campaign, influencer, change.origin(null)), change.dryRun());
    }
}

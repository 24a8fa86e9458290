package stageflow.shell.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import stageflow.api.NewInfluencer;
import stageflow.api.Phase;
import stageflow.api.Selection;
import stageflow.api.InfluencerMoves;
import stageflow.api.Influencers;
import stageflow.api.Journal;
import stageflow.api.WorkflowException;
import stageflow.api.dto.BulkResult;
import stageflow.api.dto.DataChange;
import stageflow.api.dto.ParticipationView;
import stageflow.api.dto.StageChange;
import stageflow.shell.format.Json;
import stageflow.shell.format.Text;

@Component(service = InfluencerCommands.class)
@GogoCommand(scope = "influencer", function = { "add", "import", "list", "show", "data", "history", "promote", "move", "drop",
        "restore", "apply", "accept", "reject", "confirm", "help" })
public class InfluencerCommands extends ScopeCommands {
    private static final String EXPECT = "change nothing unless the selection holds exactly N influencers";
    private static final String ATOMIC = "all or nothing: if one influencer cannot change, none does";
    private static final String STAGE = "select every influencer in this stage";

    private final Influencers influencers;
    private final InfluencerMoves moves;
    private final Journal journal;

    @Activate
    public InfluencerCommands(@Reference Influencers influencers, @Reference InfluencerMoves moves,
            @Reference Journal journal) {
        super("influencer");
        this.influencers = influencers;
        this.moves = moves;
        this.journal = journal;
    }

    @Descriptor("add influencers to a campaign; they land in its first enabled stage")
    public String add(
            @Descriptor(DRY_RUN) @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("campaign id") String campaign,
            @Descriptor("influencer ids, [A-Za-z0-9._@-]{1,128}") String... ids) {
        List<NewInfluencer> fresh = Arrays.stream(ids).map(NewInfluencer::of).toList();
        return report(influencers.add(campaign, fresh, origin(null, dryRun), null), json);
    }

    @Descriptor("import influencers from a CSV file with a header line id[,name,email,...]")
    public String _import(CommandSession session,
            @Descriptor(DRY_RUN) @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("campaign id") String campaign,
            @Descriptor("CSV file") String file) throws IOException {
        Path path = path(session, file);
        if (!Files.isReadable(path)) {
            throw WorkflowException.invalid("cannot read " + path + "; give the path of a CSV file");
        }
        List<NewInfluencer> rows = CsvInfluencers.read(path);
        PrintStream console = System.console() != null ? System.err : null;
        BulkResult result = influencers.add(campaign, rows, origin(null, dryRun), done -> {
            if (console != null) {
                console.print("\rimporting " + done + "/" + rows.size());
            }
        });
        if (console != null) {
            console.println();
        }
        if (json) {
            return Json.bulk(result);
        }
        if (result.changed().isEmpty() && !result.failed().isEmpty()) {
            return report(result, false);
        }
        return Text.bulkSummary(result);
    }

    @Descriptor("list a campaign's influencers")
    public String list(
            @Descriptor("only this stage") @Parameter(names = "--stage", absentValue = "") String stage,
            @Descriptor("only this phase: candidates, participants, complete, dropped") @Parameter(names = "--phase", absentValue = "") String phase,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("campaign id") String campaign) {
        List<ParticipationView> list = influencers.list(campaign, emptyToNull(stage),
                phase.isEmpty() ? null : Phase.fromId(phase));
        return json ? Json.influencers(list) : Text.influencers(list);
    }

    @Descriptor("show one influencer in a campaign: stage, phase, recorded data, deliverables, drafts, incentives")
    public String show(
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("campaign id") String campaign,
            @Descriptor("influencer id") String influencer) {
        var detail = influencers.show(campaign, influencer);
        ParticipationView p = detail.participation();
        var deliverables = detail.deliverables();
        var drafts = detail.drafts();
        var data = detail.data();
        if (json) {
            return Json.influencer(p, deliverables, drafts, data);
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("campaign", p.campaign());
        fields.put("influencer", p.influencer());
        fields.put("name", p.name());
        fields.put("email", p.email());
        fields.put("stage", p.stage() + " (" + p.stageLabel() + ")");
        fields.put("phase", p.phase().id());
        fields.put("since", java.time.Instant.ofEpochMilli(p.since()));
        data.forEach((key, value) -> fields.put("data " + key, value));
        return Text.details(fields) + "\ndeliverables\n" + Text.deliverables(deliverables)
                + (drafts.isEmpty() ? "" : "\ndrafts\n" + Text.drafts(drafts));
    }

    @Descriptor("show an influencer's recorded data, or record key=value pairs (an empty value removes a key);"
            + " custom stages read it in their hooks")
    public String data(
            @Descriptor(DRY_RUN) @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("campaign id") String campaign,
            @Descriptor("influencer id") String influencer,
            @Descriptor("key=value pairs, quoted when the value has spaces: \"shipping.address=1 Main St\"") String... pairs) {
        if (pairs.length == 0) {
            Map<String, String> data = influencers.data(campaign, influencer);
            return json ? Json.data(data) : data.isEmpty() ? influencer + ": no data recorded" : Text.data(data);
        }
        Map<String, String> changes = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw WorkflowException.invalid("'" + Text.shorten(pair)
                        + "' is not key=value; e.g. influencer:data " + campaign + " " + influencer
                        + " \"shipping.address=1 Main St\"");
            }
            changes.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        DataChange change = influencers.recordData(campaign, influencer, changes, origin(null, dryRun));
        return json ? Json.dataChange(change) : Text.dataChange(change);
    }

    @Descriptor("show a campaign's journal, or one influencer's")
    public String history(
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("campaign id") String campaign,
            @Descriptor("influencer id (optional)") String... influencer) {
        if (influencer.length > 1) {
            throw WorkflowException.invalid("history takes one influencer at most");
        }
        var entries = journal.history(campaign, influencer.length == 0 ? null : influencer[0]);
        return json ? Json.history(entries) : Text.history(entries);
    }

    @Descriptor("move influencers to the next enabled stage")
    public String promote(
            @Descriptor(STAGE) @Parameter(names = "--stage", absentValue = "") String stage,
            @Descriptor(EXPECT) @Parameter(names = "--expect", absentValue = "") String expect,
            @Descriptor(ATOMIC) @Parameter(names = "--atomic", presentValue = "true", absentValue = "false") boolean atomic,
            @Descriptor("why, for the history") @Parameter(names = "--reason", absentValue = "") String reason,
            @Descriptor(DRY_RUN) @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("campaign id") String campaign,
            @Descriptor("influencer ids (or --stage)") String... ids) {
        Selection selection = selection(ids, stage, expect, atomic);
        return report(moves.promote(campaign, selection, origin(reason, dryRun)), json);
    }

    @Descriptor("set the stage of influencers: any enabled stage, forward or backward")
    public String move(
            @Descriptor(STAGE) @Parameter(names = "--stage", absentValue = "") String stage,
            @Descriptor(EXPECT) @Parameter(names = "--expect", absentValue = "") String expect,
            @Descriptor(ATOMIC) @Parameter(names = "--atomic", presentValue = "true", absentValue = "false") boolean atomic,
            @Descriptor("why, for the history") @Parameter(names = "--reason", absentValue = "") String reason,
            @Descriptor(DRY_RUN) @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("campaign id") String campaign,
            @Descriptor("target stage id") String target,
            @Descriptor("influencer ids (or --stage)") String... ids) {
        Selection selection = selection(ids, stage, expect, atomic);
        return report(moves.move(campaign, target, selection, origin(reason, dryRun)), json);
    }

    @Descriptor("drop influencers from a campaign (restore brings them back)")
    public String drop(
            @Descriptor(STAGE) @Parameter(names = "--stage", absentValue = "") String stage,
            @Descriptor(EXPECT) @Parameter(names = "--expect", absentValue = "") String expect,
            @Descriptor(ATOMIC) @Parameter(names = "--atomic", presentValue = "true", absentValue = "false") boolean atomic,
            @Descriptor("why, for the history") @Parameter(names = "--reason", absentValue = "") String reason,
            @Descriptor(DRY_RUN) @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("campaign id") String campaign,
            @Descriptor("influencer ids (or --stage)") String... ids) {
        Selection selection = selection(ids, stage, expect, atomic);
        return report(moves.drop(campaign, selection, origin(reason, dryRun)), json);
    }

    @Descriptor("bring a dropped influencer back to the stage they left, or --to another enabled stage")
    public String restore(
            @Descriptor("target stage") @Parameter(names = "--to", absentValue = "") String to,
            @Descriptor("why, for the history") @Parameter(names = "--reason", absentValue = "") String reason,
            @Descriptor(DRY_RUN) @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("campaign id") String campaign,
            @Descriptor("influencer id") String influencer) {
        return single(moves.restore(campaign, influencer, emptyToNull(to), origin(reason, dryRun)), dryRun, json);
    }

    @Descriptor("record an application: invited -> applied, or a newcomer straight into applied (live only)")
    public String apply(
            @Descriptor(DRY_RUN) @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("campaign id") String campaign,
            @Descriptor("influencer id") String influencer) {
        return single(moves.apply(campaign, influencer, origin(null, dryRun)), dryRun, json);
    }

    @Descriptor("accept applications: applied -> next enabled stage")
    public String accept(
            @Descriptor(DRY_RUN) @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("campaign id") String campaign,
            @Descriptor("influencer ids") String... ids) {
        return report(moves.accept(campaign, List.of(ids), origin(null, dryRun)), json);
    }

    @Descriptor("reject applications: applied -> dropped")
    public String reject(
            @Descriptor("why, for the history") @Parameter(names = "--reason", absentValue = "") String reason,
            @Descriptor(DRY_RUN) @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("campaign id") String campaign,
            @Descriptor("influencer ids") String... ids) {
        return report(moves.reject(campaign, List.of(ids), origin(reason, dryRun)), json);
    }

    @Descriptor("record the influencer's confirmation: confirmation -> next enabled stage (live only)")
    public String confirm(
            @Descriptor(DRY_RUN) @Parameter(names = "--dry-run", presentValue = "true", absentValue = "false") boolean dryRun,
            @Descriptor(JSON) @Parameter(names = "--json", presentValue = "true", absentValue = "false") boolean json,
            @Descriptor("campaign id") String campaign,
            @Descriptor("influencer id") String influencer) {
        return single(moves.confirm(campaign, influencer, origin(null, dryRun)), dryRun, json);
    }

    static String single(StageChange change, boolean dryRun, boolean json) {
        return json ? Json.single(change, dryRun) : Text.changeLine(change, dryRun);
    }

    static Selection selection(String[] influencers, String stage, String expect, boolean atomic) {
        return new Selection(List.of(influencers), emptyToNull(stage), count("--expect", expect), atomic);
    }
}

package stageflow.shell.command;

import static stageflow.shell.command.CampaignCommands.CAMPAIGN;

import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import stageflow.api.WorkflowException;
import stageflow.api.access.Role;
import stageflow.api.incentive.IncentiveSpec;
import stageflow.api.incentive.Incentives;
import stageflow.shell.cli.Change;
import stageflow.shell.cli.Example;
import stageflow.shell.cli.Roles;
import stageflow.shell.cli.Scope;
import stageflow.shell.command.DeliverableCommands.Owner;
import stageflow.shell.result.IncentiveResults.IncentiveChanged;
import stageflow.shell.result.IncentiveResults.IncentiveList;

/** Scope {@code incentive}: what influencers receive for taking part, and its fulfilment (workflow-spec I-). */
@Component(service = {})
@Command(name = "incentive")
@Roles(read = Role.VIEWER, change = Role.OPERATOR)
public class IncentiveCommands {
    private static final String INCENTIVE = "incentive id (i1, ...; incentive:list shows them)";

    private final Incentives incentives;
    private final Scope scope;

    @Activate
    public IncentiveCommands(@Reference Incentives incentives, BundleContext context) {
        this.incentives = incentives;
        this.scope = Scope.register(context, this);
    }

    @Deactivate
    void deactivate() {
        scope.close();
    }

    @Command(name = "add", description = "add an incentive to an influencer or the campaign; prints its id")
    @Example({ "incentive:add spring ana payment --amount 250 --currency EUR --stage pre-payment --integrated",
            "incentive:add spring --campaign product --description \"spring jacket\"" })
    public IncentiveChanged add(@Mixin Change change, @Mixin Owner owner,
            @Option(names = "--amount", paramLabel = "<decimal>", description = "amount, e.g. 250 or 99.90") String amount,
            @Option(names = "--currency", paramLabel = "<ISO 4217>", description = "currency of the amount, e.g. EUR")
            String currency,
            @Option(names = "--stage", paramLabel = "<stage>", description = "the payment stage it is linked to:"
                    + " pre-payment or post-payment") String stage,
            @Option(names = "--integrated", description = "paid by a payment provider (needs --stage)")
            boolean integrated,
            @Option(names = "--description", paramLabel = "<text>", description = "what it is") String description,
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1..*", arity = "0..*", paramLabel = "<influencer> <kind>",
                    description = "influencer id (or --campaign), then the kind: payment, product, gift-card,"
                            + " promo-code or other") List<String> rest) {
        List<String> args = owner.args(rest, 1, "<kind>");
        IncentiveSpec spec = new IncentiveSpec(args.get(args.size() - 1), given(amount), given(currency),
                given(stage), integrated, given(description));
        return new IncentiveChanged("added", incentives.add(campaign, owner.influencer(args), spec,
                change.origin(owner.reason), owner.override));
    }

    @Command(name = "list", description = "list an influencer's incentives, or the campaign-level list")
    @Example({ "incentive:list spring ana", "incentive:list spring --status ready --json" })
    public IncentiveList list(@Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1", arity = "0..1", paramLabel = "<influencer>", description = "influencer id; none:"
                    + " the campaign-level list") String influencer,
            @Option(names = "--status", paramLabel = "<status>",
                    description = "only this status: draft, pending, ready, fulfilled, rejected") String status) {
        return new IncentiveList(influencer, incentives.list(campaign, influencer, status));
    }

    @Command(name = "fulfill", description = "record an incentive fulfilled; the last integrated one of a payment"
            + " stage moves the influencer on (I-3)")
    @Example("incentive:fulfill spring ana i1 --reference PAY-2291")
    public IncentiveChanged fulfill(@Mixin Change change,
            @Option(names = "--reference", paramLabel = "<ref>", description = "payment or shipment reference")
            String reference,
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1", paramLabel = "<influencer>", description = "influencer id") String influencer,
            @Parameters(index = "2", paramLabel = "<incentive>", description = INCENTIVE) String incentive) {
        return new IncentiveChanged("fulfilled", incentives.fulfill(campaign, influencer, incentive, given(reference),
                change.origin(null)));
    }

    @Command(name = "reject", description = "record an incentive rejected, with the reason")
    @Example("incentive:reject spring ana i1 --reason \"no invoice received\"")
    public IncentiveChanged reject(@Mixin Change change,
            @Option(names = "--reason", paramLabel = "<text>", description = "why (required)") String reason,
            @Parameters(index = "0", paramLabel = "<campaign>", description = CAMPAIGN) String campaign,
            @Parameters(index = "1", paramLabel = "<influencer>", description = "influencer id") String influencer,
            @Parameters(index = "2", paramLabel = "<incentive>", description = INCENTIVE) String incentive) {
        if (given(reason) == null) {
            throw WorkflowException.invalid("a rejection needs --reason \"...\": the influencer's history says why");
        }
        return new IncentiveChanged("rejected", incentives.reject(campaign, influencer, incentive, reason,
                change.origin(reason)));
    }

    private static String given(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}

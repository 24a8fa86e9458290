package stageflow.example.shipping;

import java.util.Map;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import stageflow.api.Origin;
import stageflow.api.Influencers;
import stageflow.api.console.ConsoleUser;
import stageflow.api.dto.DataChange;
import stageflow.api.dto.StageChange;

/**
 * The extension's own Gogo commands. They record data through the {@link Influencers} service, like every other
 * writer: the engine checks, journals and applies the stage's exit condition. A refusal is a
 * {@link stageflow.api.WorkflowException}, which the console prints as one line. They declare no role, so only an
 * admin may run them (workflow-spec X-2); {@code property = "stageflow.role=operator"} on the component would open
 * them to operators.
 */
@Component(service = ShippingCommands.class)
@GogoCommand(scope = "shipping", function = { "address", "tracking" })
public class ShippingCommands {
    private final Influencers influencers;

    @Activate
    public ShippingCommands(@Reference Influencers influencers) {
        this.influencers = influencers;
    }

    @Descriptor("record where the product goes (the Shipping stage needs it for entry)")
    public String address(CommandSession session, @Descriptor("campaign id") String campaign, @Descriptor("influencer id") String influencer,
            @Descriptor("the address, in words") String... address) {
        return record(session, campaign, influencer, ShippingStage.ADDRESS, String.join(" ", address));
    }

    @Descriptor("record the parcel's tracking number; in the Shipping stage of a live campaign, the influencer moves on")
    public String tracking(CommandSession session, @Descriptor("campaign id") String campaign, @Descriptor("influencer id") String influencer,
            @Descriptor("tracking number") String number) {
        return record(session, campaign, influencer, ShippingStage.TRACKING, number);
    }

    private String record(CommandSession session, String campaign, String influencer, String key, String value) {
        DataChange change = influencers.recordData(campaign, influencer, Map.of(key, value),
                Origin.operator(actor(session)));
        return describe(change, key);
    }

    /** Who runs the command: the console names its user in the session, and the journal names them. */
    private static String actor(CommandSession session) {
        Object user = session.get(ConsoleUser.SESSION_VARIABLE);
        return user != null ? user.toString() : System.getProperty("user.name", "operator");
    }

    /** One line per fact: what was recorded, each automatic move, or why the influencer stayed. */
    static String describe(DataChange change, String key) {
        StringBuilder out = new StringBuilder(change.influencer()).append(": ").append(key).append(" recorded");
        for (StageChange move : change.moved()) {
            out.append('\n').append(change.influencer()).append(": ").append(move.from()).append(" -> ")
                    .append(move.to()).append(" (").append(move.cause()).append(')');
        }
        if (change.stayed() != null) {
            out.append('\n').append(change.influencer()).append(": stays in ").append(change.stage()).append(": ")
                    .append(change.stayed());
        }
        return out.toString();
    }
}

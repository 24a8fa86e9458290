package stageflow.shell.command;

import java.util.ArrayList;
import java.util.List;

import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import stageflow.api.InfluencerMoves;
import stageflow.api.WorkflowException;

/**
 * {@code influencer:opt-out}: Gogo finds functions by Java method name, and a method cannot be called
 * {@code opt-out}, so this command is a Gogo {@link Function} of its own.
 */
@Component(property = { "osgi.command.scope=influencer", "osgi.command.function=opt-out" })
public class OptOutCommand implements Function {
    static final String USAGE = "usage: influencer:opt-out [--dry-run] [--json] <campaign> <influencer>"
            + " - record the influencer's opt-out: confirmation -> dropped (live only)";

    private final InfluencerMoves moves;

    @Activate
    public OptOutCommand(@Reference InfluencerMoves moves) {
        this.moves = moves;
    }

    @Override
    public Object execute(CommandSession session, List<Object> arguments) {
        boolean dryRun = false;
        boolean json = false;
        List<String> positional = new ArrayList<>();
        for (Object argument : arguments) {
            String a = String.valueOf(argument);
            switch (a) {
                case "--dry-run" -> dryRun = true;
                case "--json" -> json = true;
                case "--help", "-?" -> {
                    return USAGE;
                }
                default -> positional.add(a);
            }
        }
        if (positional.size() != 2) {
            throw WorkflowException.invalid("influencer:opt-out takes a campaign and an influencer; " + USAGE);
        }
        return InfluencerCommands.single(moves.optOut(positional.get(0), positional.get(1),
                ScopeCommands.origin(null, dryRun)), dryRun, json);
    }
}

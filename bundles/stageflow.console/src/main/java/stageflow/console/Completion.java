package stageflow.console;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.felix.service.command.CommandSession;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import stageflow.api.console.CommandCompletion;

/**
 * Tab in the console: command names from the session, and for the rest of the line whatever the command's provider
 * answers (its options, then campaign, influencer, stage and deliverable ids and enum values from the live system).
 */
final class Completion implements Completer {
    private final CommandSession session;
    private final Supplier<List<CommandCompletion>> providers;
    private final Predicate<String> runnable;

    Completion(CommandSession session, Supplier<List<CommandCompletion>> providers, Predicate<String> runnable) {
        this.session = session;
        this.providers = providers;
        this.runnable = runnable;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String prefix = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        if (line.wordIndex() == 0) {
            for (String name : Runner.commands(session)) {
                if (name.startsWith(prefix) && !name.startsWith("stageflow:") && runnable.test(name)) {
                    candidates.add(new Candidate(name, name, null, null, null, null, true));
                }
            }
            if ("help".startsWith(prefix) && runnable.test("help")) {
                candidates.add(new Candidate("help", "help", null, "list the commands, or explain one", null, null,
                        true));
            }
            return;
        }
        if (!runnable.test(line.words().get(0))) {
            return; // nothing about a command the user may not run, nor anything once the user's key is revoked
        }
        for (CommandCompletion provider : providers.get()) {
            for (CommandCompletion.Candidate c : provider.complete(line.words(), line.wordIndex(), prefix)) {
                boolean complete = !c.value().endsWith("=");
                candidates.add(new Candidate(c.value(), c.value(), null, c.description(), null, null, complete));
            }
        }
    }
}

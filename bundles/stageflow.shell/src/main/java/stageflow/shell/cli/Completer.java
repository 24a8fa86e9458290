package stageflow.shell.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import stageflow.api.console.CommandCompletion.Candidate;

/**
 * What the word being typed of a command can become, read from the command's own picocli description: an option
 * name, the value of the option just typed, or the positional argument at that place. Values come from
 * {@link Values} by the argument's label ({@code <campaign>}, {@code <stage>}, ...).
 */
final class Completer {
    /** Where values of a label come from; {@code given} holds the positional arguments typed before. */
    interface Values {
        List<Candidate> of(String label, List<String> given);
    }

    private Completer() {
    }

    static List<Candidate> complete(ShellCommand command, List<String> words, int index, String prefix,
            Values values) {
        CommandSpec spec = command.commandLine(null).getCommandSpec();
        List<String> given = new ArrayList<>();
        OptionSpec pending = null;
        for (int i = 1; i < index && i < words.size(); i++) {
            String word = words.get(i);
            if (pending != null) {
                pending = null;
            } else if (word.startsWith("-")) {
                OptionSpec option = spec.findOption(word.split("=", 2)[0]);
                if (option != null && option.arity().min() > 0 && !word.contains("=")) {
                    pending = option;
                }
            } else {
                given.add(word);
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        if (pending != null) {
            candidates.addAll(values.of(pending.paramLabel(), given));
        } else if (prefix.startsWith("-")) {
            for (OptionSpec option : spec.options()) {
                String description = option.description().length == 0 ? null : option.description()[0];
                candidates.add(new Candidate(option.longestName(), description));
            }
        } else {
            for (PositionalParamSpec positional : spec.positionalParameters()) {
                if (positional.index().contains(given.size())) {
                    candidates.addAll(values.of(label(positional.paramLabel(), given.size()
                            - positional.index().min()), given));
                }
            }
        }
        return candidates.stream().filter(c -> c.value().startsWith(prefix)).distinct().toList();
    }

    /** The label at a place of a multi-word argument ({@code <influencer> <kind>}), or the label itself. */
    private static String label(String label, int offset) {
        String[] parts = label.split(" ");
        return parts[Math.min(offset, parts.length - 1)];
    }
}

package stageflow.shell.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import stageflow.shell.command.CampaignCommands;
import stageflow.shell.command.DeliverableCommands;
import stageflow.shell.command.DraftCommands;
import stageflow.shell.command.InfluencerCommands;
import stageflow.shell.command.StageCommands;
import stageflow.shell.command.StoreCommands;
import stageflow.shell.command.WorkflowCommands;

/** Every command has a description and an example, and each example is accepted by the command's own parser. */
class ExamplesTest {
    static final List<Class<?>> SCOPES = List.of(CampaignCommands.class, WorkflowCommands.class, StageCommands.class,
            InfluencerCommands.class, DeliverableCommands.class, DraftCommands.class, StoreCommands.class);
    private static final Pattern TOKEN = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    @Test
    @DisplayName("each command: a description, at least one example, every example parses, --help shows them")
    void examplesParse() {
        int examples = 0;
        for (Class<?> scope : SCOPES) {
            for (Method method : Scope.methods(scope)) {
                String name = Scope.name(scope) + ":" + method.getAnnotation(Command.class).name();
                ShellCommand command = new ShellCommand(name, null, method);
                CommandLine line = command.commandLine(null);
                assertThat(line.getCommandSpec().usageMessage().description()).as(name + " description").isNotEmpty();
                assertThat(command.examples()).as(name + " examples").isNotEmpty();
                for (String example : command.examples()) {
                    List<String> tokens = tokens(example);
                    assertThat(tokens.get(0)).as("an example of " + name).isEqualTo(name);
                    String[] args = tokens.subList(1, tokens.size()).toArray(String[]::new);
                    assertThatCode(() -> command.commandLine(null).parseArgs(args)).as(example).doesNotThrowAnyException();
                    examples++;
                }
                assertThat(command.usage(line)).as(name + " --help").contains("Usage: " + name, "Example");
            }
        }
        assertThat(examples).isGreaterThan(45);
    }

    /** Words as Gogo splits them: double quotes keep spaces. */
    static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(line);
        while (m.find()) {
            tokens.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return tokens;
    }
}

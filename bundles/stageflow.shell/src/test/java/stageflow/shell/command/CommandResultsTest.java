package stageflow.shell.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import stageflow.api.dto.DataChange;
import stageflow.shell.cli.Change;
import stageflow.shell.cli.Scope;
import stageflow.shell.format.JsonFormat;
import stageflow.shell.format.TextFormat;
import stageflow.shell.result.Results.DataView;

/** Every command of every scope answers with a value that has both a text and a JSON form. */
class CommandResultsTest {
    static final List<Class<?>> SCOPES = List.of(CampaignCommands.class, WorkflowCommands.class, StageCommands.class,
            InfluencerCommands.class, DeliverableCommands.class, DraftCommands.class, StoreCommands.class,
            AccessCommands.class);

    @Test
    @DisplayName("each command's result type renders as text and as JSON, so --json works on every command")
    void everyResultRenders() {
        List<String> commands = new ArrayList<>();
        for (Class<?> scope : SCOPES) {
            for (Method method : Scope.methods(scope)) {
                String name = Scope.name(scope) + ":" + method.getAnnotation(picocli.CommandLine.Command.class).name();
                commands.add(name);
                // influencer:data shows data, or records it: two answers
                List<Class<?>> types = method.getReturnType() == Object.class ? List.of(DataView.class,
                        DataChange.class) : List.of(method.getReturnType());
                for (Class<?> type : types) {
                    assertThat(TextFormat.renders(type)).as(name + " as text: " + type.getSimpleName()).isTrue();
                    assertThat(JsonFormat.renders(type)).as(name + " as JSON: " + type.getSimpleName()).isTrue();
                }
                boolean mutating = Arrays.asList(method.getParameterTypes()).contains(Change.class);
                if (mutating) {
                    Class<?> type = types.get(types.size() - 1);
                    assertThat(JsonFormat.reportsChanges(type)).as(name + " changes things: its JSON carries changed,"
                            + " failed and dryRun (" + type.getSimpleName() + ")").isTrue();
                }
            }
        }
        assertThat(commands).hasSizeGreaterThan(40).doesNotHaveDuplicates();
    }
}

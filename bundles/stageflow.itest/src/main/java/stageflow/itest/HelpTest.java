package stageflow.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.felix.service.command.CommandProcessor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import stageflow.api.WorkflowException;

/** help: every command by scope, one command explained, and what was perhaps meant by a mistyped one. */
@ExtendWith(ServiceExtension.class)
class HelpTest {

    @InjectService
    CommandProcessor processor;

    private String run(String command) throws Exception {
        return Shell.run(processor, command);
    }

    @Test
    @DisplayName("help lists every command by scope with its description, then the framework's by name")
    void overview() throws Exception {
        String help = run("stageflow:help");
        for (String scope : new String[] { "campaign", "workflow", "stage", "influencer", "deliverable", "draft",
                "store" }) {
            assertThat(help).containsPattern("(^|\n)" + scope + "\n  " + scope + ":");
        }
        assertThat(help).startsWith("campaign\n").containsPattern("  campaign:create +create a campaign")
                .containsPattern("  influencer:opt-out +record the influencer's opt-out")
                .contains("other commands (framework, extensions):").containsPattern("felix: .*\\blb\\b")
                .endsWith("help <command> or <command> --help explains one");
    }

    @Test
    @DisplayName("help <command> and <command> --help print usage, arguments, options and an example")
    void oneCommand() throws Exception {
        String usage = run("stageflow:help influencer:promote");
        assertThat(usage).startsWith("Usage: influencer:promote").contains("--expect=N", "--atomic", "--dry-run",
                "--json", "Examples:", "influencer:promote spring --stage candidates --expect 3");
        assertThat(run("stageflow:help promote")).as("unqualified").isEqualTo(usage);
        assertThat(run("influencer:promote --help")).isEqualTo(usage);
        assertThat(run("campaign:show --help")).startsWith("Usage: campaign:show").contains("Example:");
        assertThat(run("stageflow:help help")).startsWith("usage: help [<command>]");
        assertThat(run("stageflow:help lb")).as("the framework's commands explained by Gogo").isNotBlank();
    }

    @Test
    @DisplayName("an unknown command gets what was perhaps meant")
    void didYouMean() {
        assertThatThrownBy(() -> run("stageflow:help campaign:lst")).isInstanceOf(WorkflowException.class)
                .hasMessage("error: unknown command campaign:lst; did you mean campaign:list?; help lists the"
                        + " commands");
        assertThatThrownBy(() -> run("stageflow:help frobnicate")).hasMessage("error: unknown command frobnicate;"
                + " help lists the commands");
    }
}

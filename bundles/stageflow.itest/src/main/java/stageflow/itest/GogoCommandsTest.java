package stageflow.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import org.apache.felix.service.command.CommandProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import stageflow.api.WorkflowException;

@ExtendWith(ServiceExtension.class)
class GogoCommandsTest {

    @InjectService
    CommandProcessor processor;

    private String c;

    @BeforeEach
    void campaign() throws Exception {
        c = Shell.uniqueId("gogo");
        run("campaign:create " + c + " --name 'Gogo test'");
    }

    private String run(String command) throws Exception {
        return Shell.run(processor, command);
    }

    @Test
    @DisplayName("operators run the workflow through Gogo: add, promote, board as a table and as JSON")
    void workflow() throws Exception {
        assertThat(run("influencer:add " + c + " ana ben")).contains("ana: (new) -> candidates").contains("2 changed");
        assertThat(run("influencer:promote " + c + " --stage candidates --expect 2")).contains("2 changed");
        assertThat(run("campaign:show " + c)).contains("invited").contains("Gogo test");
        assertThat(run("campaign:show " + c + " --json"))
                .contains("\"id\":\"" + c + "\"")
                .contains("{\"id\":\"invited\",\"label\":\"Invited\",\"phase\":\"candidates\",\"enabled\":true,"
                        + "\"required\":false,\"linkedWith\":\"applied\",\"custom\":false,\"available\":true,\"count\":2}");
        assertThat(run("influencer:list " + c + " --json")).contains("{\"influencer\":\"ana\",\"stage\":\"invited\","
                + "\"phase\":\"candidates\"");
        assertThat(run("influencer:history " + c + " ana --json")).contains("\"cause\":\"manual\"");
    }

    @Test
    @DisplayName("a refused command fails with its one line and leaves the stored data unchanged")
    void refused() throws Exception {
        run("influencer:add " + c + " ana");
        String before = run("campaign:show " + c + " --json") + run("influencer:history " + c + " --json");
        assertThatThrownBy(() -> run("workflow:disable " + c + " content-creation"))
                .isInstanceOf(WorkflowException.class)
                .hasToString("refused (C-2): stage 'content-creation' is required and can never be disabled");
        assertThatThrownBy(() -> run("influencer:promote " + c + " --stage candidates --expect 5"))
                .hasMessageStartingWith("refused (C-11):");
        assertThatThrownBy(() -> run("influencer:opt-out " + c + " ana")).hasMessageStartingWith("refused (A-2):");
        assertThat(run("campaign:show " + c + " --json") + run("influencer:history " + c + " --json")).isEqualTo(before);
    }

    @Test
    @DisplayName("every scope has help built from its descriptors")
    void help() throws Exception {
        assertThat(run("influencer:help")).contains("influencer:promote").contains("influencer:import");
        assertThat(run("campaign:help")).contains("campaign:launch");
    }
}

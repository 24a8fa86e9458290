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

@ExtendWith(ServiceExtension.class)
class DeliverableCommandsTest {

    @InjectService
    CommandProcessor processor;

    private String c;

    private String run(String command) throws Exception {
        return Shell.run(processor, command);
    }

    private String stored() throws Exception {
        return run("deliverable:list " + c + " ana --json") + run("deliverable:list " + c + " --campaign --json")
                + run("influencer:history " + c + " --json") + run("campaign:show " + c + " --json");
    }

    @BeforeEach
    void campaign() throws Exception {
        c = Shell.uniqueId("deliv");
        run("campaign:create " + c);
        run("workflow:disable " + c + " candidates");
        run("workflow:disable " + c + " invited");
        run("influencer:add " + c + " ana ben");
    }

    @Test
    @DisplayName("C-4 D-2 D-4 D-6 Deliverables first: campaign-level and own deliverables, then promote")
    void assignAndPromote() throws Exception {
        assertThat(run("influencer:show " + c + " ana --json")).contains("\"stage\":\"deliverables\"");
        assertThatThrownBy(() -> run("influencer:promote " + c + " ana")).hasMessageStartingWith("refused (D-6): ana:");
        assertThat(run("deliverable:assign " + c + " --campaign content --content-type instagram-reel --count 2"))
                .isEqualTo("assigned d1: 2 influencer(s) updated");
        assertThat(run("deliverable:assign " + c + " ana review --due 2026-12-24")).isEqualTo("assigned d2: 1 influencer(s) updated");
        assertThat(run("deliverable:list " + c + " ana --json")).contains(
                "{\"id\":\"d1\",\"kind\":\"content\",\"contentType\":\"instagram-reel\",\"count\":2,\"due\":null,"
                        + "\"scope\":\"campaign\",\"influencer\":\"ana\",\"locked\":false,\"complete\":false");
        assertThat(run("influencer:promote " + c + " ana")).contains("ana: deliverables -> confirmation");
        assertThat(run("influencer:show " + c + " ana --json")).contains("\"locked\":true");
        assertThat(run("deliverable:edit " + c + " --campaign d1 --count 3"))
                .isEqualTo("changed d1: 1 influencer(s) updated, 1 locked (past the candidates phase)");
    }

    @Test
    @DisplayName("D-8 D-9 drafts and content through the shell move the influencer on; refusals change nothing")
    void draftsAndContent() throws Exception {
        run("deliverable:assign " + c + " ana content --content-type tiktok");
        run("campaign:launch " + c);
        String before = stored() + run("influencer:show " + c + " ana --json");
        assertThatThrownBy(() -> run("deliverable:complete " + c + " ana d1 --url https://t.example/1"))
                .hasToString("refused (D-8): published content is recorded only in the participants phase;"
                        + " influencer 'ana' is in phase candidates (stage deliverables)");
        assertThatThrownBy(() -> run("draft:submit " + c + " ana d1")).hasMessageStartingWith("refused (D-9):");
        assertThat(stored() + run("influencer:show " + c + " ana --json")).isEqualTo(before);

        run("influencer:move " + c + " draft ana");
        assertThat(run("draft:submit " + c + " ana d1 --url https://d.example/1"))
                .isEqualTo("d1 of ana: version 1 submitted\nana: draft -> draft-review (auto:drafts-submitted)");
        String inReview = stored();
        assertThatThrownBy(() -> run("draft:approve " + c + " ana")).hasMessageStartingWith("refused (D-9):");
        assertThatThrownBy(() -> run("influencer:promote " + c + " ana")).hasMessageStartingWith("refused (D-9):");
        assertThat(stored()).isEqualTo(inReview);
        run("draft:review " + c + " ana d1 approved-with-corrections --comment 'tag the brand'");
        assertThat(run("draft:approve " + c + " ana")).isEqualTo("ana: draft-review -> content-creation");
        assertThat(run("deliverable:complete " + c + " ana d1 --url https://t.example/1"))
                .isEqualTo("d1 of ana: complete (https://t.example/1)\nana: content-creation -> post-review"
                        + " (auto:content-complete)");
    }

    @Test
    @DisplayName("D-3 D-7 a locked deliverable is refused in one line, changes nothing, and overrides are journaled")
    void lockAndOverride() throws Exception {
        run("deliverable:assign " + c + " ana content --content-type tiktok");
        run("influencer:promote " + c + " ana");
        String before = stored();
        assertThatThrownBy(() -> run("deliverable:edit " + c + " ana d1 --count 4")).hasToString(
                "refused (D-3): influencer 'ana' is in phase participants (stage confirmation); deliverables are"
                        + " locked. Move them back to the candidates phase or use --override-lock --reason \"...\"");
        assertThatThrownBy(() -> run("deliverable:edit " + c + " ana d1 --count 4 --override-lock"))
                .hasMessageStartingWith("refused (D-7):");
        assertThatThrownBy(() -> run("deliverable:remove " + c + " ana d1")).hasMessageStartingWith("refused (D-3):");
        assertThatThrownBy(() -> run("deliverable:assign " + c + " ana content --content-type nope"))
                .hasMessageStartingWith("error: unknown content type 'nope'");
        assertThat(stored()).isEqualTo(before);

        run("deliverable:edit " + c + " ana d1 --count 4 --override-lock --reason 'brand asked'");
        assertThat(run("influencer:history " + c + " ana --json")).contains("\"cause\":\"deliverable:edit:override-lock\"")
                .contains("\"reason\":\"brand asked\"").contains("\"detail\":\"d1: count 1 -> 4\"");
        run("influencer:move " + c + " deliverables ana");
        assertThat(run("deliverable:edit " + c + " ana d1 --count 5")).as("D-5 moved back: open again")
                .isEqualTo("changed d1: 1 influencer(s) updated");
    }
}

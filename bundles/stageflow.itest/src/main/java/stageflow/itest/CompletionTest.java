package stageflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.felix.service.command.CommandProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

import stageflow.api.console.CommandCompletion;
import stageflow.api.console.CommandCompletion.Candidate;
import stageflow.api.stage.StageRegistry;

/** Tab completion of Stageflow's commands as the consoles ask for it: values from the running system. */
@ExtendWith({ BundleContextExtension.class, ServiceExtension.class })
class CompletionTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService
    StageRegistry registry;

    @InjectService
    CommandProcessor processor;

    @InjectService(filter = "(component.name=stageflow.shell.cli.ShellCompletion)")
    CommandCompletion completion;

    private Bundle shipping;
    private String c;

    @BeforeEach
    void installShipping() throws Exception {
        shipping = Examples.startShipping(context, registry);
        c = Shell.uniqueId("tab");
        Shell.run(processor, "campaign:create " + c);
        Shell.run(processor, "influencer:add " + c + " ana");
    }

    @AfterEach
    void uninstall() throws Exception {
        shipping.uninstall();
    }

    private List<String> values(String line) {
        List<String> words = List.of((line + " ").split(" ", -1));
        words = words.subList(0, words.size() - 1);
        String prefix = words.get(words.size() - 1);
        return completion.complete(words, words.size() - 1, prefix).stream().map(Candidate::value).toList();
    }

    @Test
    @DisplayName("workflow:insert offers the custom stages the campaign lacks; workflow:remove those it has")
    void customStages() throws Exception {
        assertThat(values("workflow:insert " + c + " ")).contains("shipping").doesNotContain("invited", "applied");
        assertThat(values("workflow:remove " + c + " ")).isEmpty();

        Shell.run(processor, "workflow:insert " + c + " shipping --after pre-payment");
        assertThat(values("workflow:insert " + c + " ")).doesNotContain("shipping");
        assertThat(values("workflow:remove " + c + " ")).containsExactly("shipping");
    }

    @Test
    @DisplayName("arguments complete from the campaign typed before them: its stages, its influencers")
    void fromTheCampaign() throws Exception {
        assertThat(values("campaign:show " + c.substring(0, 4))).contains(c);
        assertThat(values("influencer:show " + c + " ")).containsExactly("ana");
        assertThat(values("influencer:move " + c + " ")).contains("candidates", "invited", "dropped")
                .doesNotContain("shipping");
    }
}

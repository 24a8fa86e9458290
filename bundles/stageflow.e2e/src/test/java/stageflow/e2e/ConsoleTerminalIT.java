package stageflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive console in a real terminal (tmux, which .ci/run installs): what Tab completes, and colour where
 * it helps, off with NO_COLOR.
 */
class ConsoleTerminalIT {
    private static final String ESC = "\u001b[";

    @TempDir
    Path work;

    private final String session = "stageflow-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void campaign() throws Exception {
        Process p = new ProcessBuilder(Console.HOME.resolve("bin/stageflow").toString(), "--data",
                work.resolve("data").toString(), "exec", "campaign:create spring; influencer:add spring ana ben")
                .directory(work.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }

    @AfterEach
    void close() throws Exception {
        tmux("kill-session", "-t", session);
    }

    @Test
    @DisplayName("Tab completes command names, options, campaign, influencer and stage ids; colour marks refusals")
    void completionAndColour() throws Exception {
        open("");
        type("campaign:sh\t");
        // tmux drops the spaces at the end of a line: what follows the completion shows the space Tab added
        await("command name completed", s -> s.contains("stageflow> campaign:show"));
        type("sp\t");
        await("campaign id completed", s -> s.contains("stageflow> campaign:show spring"));
        clearLine();
        type("influencer:promote spring \t");
        await("influencer ids offered", s -> s.contains("ana") && s.contains("ben"));
        clearLine();
        type("influencer:list spring --st\t");
        await("option completed", s -> s.contains("influencer:list spring --stage"));
        type("inv\t");
        await("stage id completed", s -> s.contains("influencer:list spring --stage invited"));
        clearLine();
        type("workflow:disable spring complete\n");
        await("refusal shown", s -> s.contains("refused (C-2)"));
        assertThat(screen(true)).as("the refusal in colour").contains(ESC + "33mrefused (C-2)");
    }

    @Test
    @DisplayName("NO_COLOR=1 turns colour off")
    void noColour() throws Exception {
        open("NO_COLOR=1 ");
        type("workflow:disable spring complete\n");
        await("refusal shown", s -> s.contains("refused (C-2)"));
        String line = screen(true).lines().filter(l -> l.contains("refused (C-2)")).findFirst().orElseThrow();
        assertThat(line).as("no colour codes around the refusal").doesNotContain(ESC + "33m").doesNotContain(ESC + "31m");
    }

    private void open(String environment) throws Exception {
        String command = "cd " + work + " && " + environment + Console.HOME.resolve("bin/stageflow") + " --data "
                + work.resolve("data");
        assertThat(tmux("new-session", "-d", "-s", session, "-x", "200", "-y", "60", command)).as("tmux started"
                + " (tmux is needed: apt-get install tmux; .ci/run installs it)").isZero();
        await("the console's prompt", s -> s.contains(Console.PROMPT.strip()));
    }

    private void type(String keys) throws Exception {
        for (String part : keys.split("(?<=\t)|(?<=\n)")) {
            if (part.endsWith("\t")) {
                tmux("send-keys", "-t", session, "-l", part.substring(0, part.length() - 1));
                tmux("send-keys", "-t", session, "Tab");
            } else if (part.endsWith("\n")) {
                tmux("send-keys", "-t", session, "-l", part.substring(0, part.length() - 1));
                tmux("send-keys", "-t", session, "Enter");
            } else {
                tmux("send-keys", "-t", session, "-l", part);
            }
        }
    }

    private void clearLine() throws Exception {
        tmux("send-keys", "-t", session, "C-e", "C-u");
    }

    /** Polls the screen until {@code condition} holds, with a deadline. */
    private void await(String what, Predicate<String> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String screen = screen(false);
        while (!condition.test(screen)) {
            assertThat(System.nanoTime()).as(what + "; the screen:\n" + screen).isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(100);
            screen = screen(false);
        }
    }

    private String screen(boolean escapes) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "capture-pane", "-p", "-t", session));
        if (escapes) {
            command.add("-e");
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out;
    }

    private static int tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(10, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}

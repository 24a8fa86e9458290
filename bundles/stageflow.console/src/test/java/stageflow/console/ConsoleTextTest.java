package stageflow.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import stageflow.api.WorkflowException;

class ConsoleTextTest {

    @Test
    @DisplayName("scripts split on new lines and ;, keep quoted text whole, and drop # comments")
    void scriptCommands() {
        assertThat(Script.commands("""
                # a comment line
                campaign:create c1 --name "A; B # not a comment"
                influencer:add c1 ana ; influencer:promote c1 ana   # trailing comment

                influencer:drop c1 ana --reason 'x;y'
                """)).containsExactly("campaign:create c1 --name \"A; B # not a comment\"", "influencer:add c1 ana",
                "influencer:promote c1 ana", "influencer:drop c1 ana --reason 'x;y'");
        assertThat(Script.commands("a;;b;")).containsExactly("a", "b");
        assertThat(Script.commands("x = { a; b }; y")).containsExactly("x = { a; b }", "y");
    }

    @Test
    @DisplayName("SCR's failure text becomes the root cause's one-line message")
    void failureMessage() {
        String scr = """
                java.lang.reflect.InvocationTargetException
                \tat java.base/jdk.internal.reflect.NativeConstructorAccessorImpl.newInstance0(Native Method)
                Caused by: stageflow.store.mapdb.StoreUnavailableException: data directory /d is in use by Stageflow pid 7
                \tat stageflow.store.mapdb.DataDirectoryLock.acquire(DataDirectoryLock.java:57)
                """;
        assertThat(Readiness.message(scr)).contains("data directory /d is in use by Stageflow pid 7");
        assertThat(Readiness.message("java.lang.IllegalStateException: plain")).contains("plain");
        assertThat(Readiness.message("java.lang.NullPointerException\n\tat x.y(Z.java:1)")).contains("NullPointerException");
        assertThat(Readiness.message(null)).isEmpty();
    }

    @Test
    @DisplayName("failures print as one line: workflow refusals as they are, Gogo's errors translated")
    void oneLine() {
        assertThat(Lines.oneLine("x", WorkflowException.refused("C-2", "no"), Set.of())).isEqualTo("refused (C-2): no");
        assertThat(Lines.oneLine("campaign:show", new IllegalArgumentException(
                "Cannot coerce campaign:show() to any of [(boolean, String)]"), Set.of()))
                .isEqualTo("error: wrong arguments for campaign:show; help campaign:show shows its arguments and options");
        assertThat(Lines.oneLine("no:such a", new IllegalArgumentException("Command not found: no:such"), Set.of()))
                .isEqualTo("error: unknown command no:such; help lists the commands");
        assertThat(Lines.oneLine("campaign:lst c1", new IllegalArgumentException("Command not found: campaign:lst"),
                Set.of("campaign:list", "campaign:launch", "stage:list")))
                .isEqualTo("error: unknown command campaign:lst; did you mean campaign:list?; help lists the commands");
        assertThat(Lines.oneLine("c", new RuntimeException("first\nsecond"), Set.of())).isEqualTo("error: c: first");
    }

    @Test
    @DisplayName("a script's commands keep the number of their line")
    void scriptLines() {
        assertThat(Script.lines("# one\ncampaign:create c1\n\nx; y # z\n")).containsExactly(
                new Script.Line(2, "campaign:create c1"), new Script.Line(4, "x"), new Script.Line(4, "y"));
    }

    @Test
    @DisplayName("did you mean: names within two edits, whole or by function")
    void suggestions() {
        List<String> names = List.of("campaign:list", "campaign:launch", "influencer:promote", "stage:list");
        assertThat(Suggestions.closest("campaign:lst", names)).containsExactly("campaign:list");
        assertThat(Suggestions.closest("promte", names)).containsExactly("influencer:promote");
        assertThat(Suggestions.closest("frobnicate", names)).isEmpty();
    }

    @Test
    @DisplayName("colour: errors, refusals, headings and phases on a terminal; never for JSON, dumb terminals or"
            + " NO_COLOR")
    void colours() {
        Colours on = Colours.forTerminal("xterm-256color", null);
        assertThat(on.paint("error: no")).isEqualTo("\u001b[31merror: no\u001b[0m");
        assertThat(on.paint("ana: refused (C-5): x")).contains("\u001b[33mrefused (C-5)\u001b[0m");
        assertThat(on.paint(" ID  LABEL  PHASE ")).startsWith("\u001b[1m");
        assertThat(on.paint(" 1  candidates  x ")).contains("\u001b[34mcandidates\u001b[0m");
        assertThat(on.paint("{\"error\": 1}")).isEqualTo("{\"error\": 1}");
        assertThat(Colours.forTerminal("xterm", "1").paint("error: no")).isEqualTo("error: no");
        assertThat(Colours.forTerminal("dumb", null).on()).isFalse();
        assertThat(Colours.forTerminal("xterm", "").on()).as("an empty NO_COLOR counts as unset").isTrue();
    }
}

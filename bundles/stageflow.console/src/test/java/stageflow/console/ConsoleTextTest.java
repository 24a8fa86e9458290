package stageflow.console;

import static org.assertj.core.api.Assertions.assertThat;

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
        assertThat(Lines.oneLine("x", WorkflowException.refused("C-2", "no"))).isEqualTo("refused (C-2): no");
        assertThat(Lines.oneLine("campaign:show", new IllegalArgumentException(
                "Cannot coerce campaign:show() to any of [(boolean, String)]")))
                .isEqualTo("error: wrong arguments for campaign:show; help campaign:show shows its arguments and options");
        assertThat(Lines.oneLine("no:such a", new IllegalArgumentException("Command not found: no:such")))
                .isEqualTo("error: unknown command no:such; help lists the commands");
        assertThat(Lines.oneLine("c", new RuntimeException("first\nsecond"))).isEqualTo("error: c: first");
    }
}

package stageflow.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a user below admin may type: plain commands, whose first word is the command that runs. */
class PlainLineTest {

    @Test
    @DisplayName("plain lines: the command of each statement, quotes, options with values, comments")
    void plain() throws Exception {
        assertThat(PlainLine.commands("influencer:promote spring ana --reason 'late (sick); back' --expect=1"))
                .containsExactly("influencer:promote");
        assertThat(PlainLine.commands("campaign:list; help influencer:add\ncampaign:show spring # the board"))
                .containsExactly("campaign:list", "help", "campaign:show");
        assertThat(PlainLine.commands("influencer:add c1 ana@mail.example x.y_z \"Ana Lima\"")).containsExactly(
                "influencer:add");
        assertThat(PlainLine.commands("  ;; ")).isEmpty();
    }

    @Test
    @DisplayName("what Gogo runs is rebuilt from the words: each single-quoted, the command as resolved")
    void rebuilt() throws Exception {
        PlainLine.Statement statement = PlainLine.statements("influencer:PROMOTE spring ana --reason 'late; sick'"
                + " --expect=1 \"Ana Lima\"").get(0);
        assertThat(statement.words()).containsExactly("spring", "ana", "--reason", "late; sick", "--expect=1",
                "Ana Lima");
        assertThat(statement.line("influencer:promote")).isEqualTo("influencer:promote 'spring' 'ana' '--reason'"
                + " 'late; sick' '--expect=1' 'Ana Lima'");
    }

    @ParameterizedTest
    @ValueSource(strings = { "x = felix:stop", "$cmd", "campaign:list | grep x", "each [1] { felix:lb }",
            "influencer:add c1 $(felix:lb)", "influencer:add c1 \"$x\"", "(felix:lb)", "campaign:list > out.txt",
            "influencer:add c1 \"a\\\"b\"", "influencer:add c1 'open", "influencer:add c1 *",
            "influencer:add c1 ~", "felix:lb & campaign:list",
            // Gogo splits a word that starts with = into an assignment of what follows: any command would run
            "campaign:list =access:grant vic admin", "campaign:list x ='y'", "campaign:list =",
            // only space and tab separate words for Gogo; other white space before # must not hide a statement
            "influencer:promote c1 ana --reason x\u3000# ; felix:lb", "campaign:list\u2003felix:lb",
            // Gogo expands %( even inside double quotes
            "campaign:show \"%(SCOPE=0)\"", "campaign:show \"50% off\"" })
    @DisplayName("anything Gogo would evaluate is not plain: variables, closures, pipes, redirections, globs")
    void notPlain(String line) {
        assertThatThrownBy(() -> PlainLine.commands(line)).isInstanceOf(PlainLine.NotPlain.class);
    }
}

package stageflow.console;

import java.util.ArrayList;
import java.util.List;

/**
 * A console line as a user below admin may type it: plain commands, each a command name and literal words. Gogo is
 * a language (variables, closures, pipes, assignments, expansions, method calls on values), and any of those could
 * run a command the role does not allow without naming it; so the line is read here into its words, and what Gogo
 * gets is a line rebuilt from them ({@link Statement#line()}): the command's name, then every word in single
 * quotes, which Gogo takes literally. Nothing the user typed reaches Gogo's parser as syntax.
 * <p>
 * Plain: statements separated by {@code ;} or new lines; words separated by spaces or tabs; a word is letters,
 * digits and {@code ._@:=,/+-}, or a quoted string (single quotes: anything but a single quote; double quotes: no
 * {@code $ % \ '}); {@code #} after a space starts a comment. Anything else is refused, not guessed at.
 */
final class PlainLine {
    private static final String WORD = "._@:=,/+-";

    /** One command: its name as typed, and its words as values. */
    record Statement(String name, List<String> words) {
        /** The statement as Gogo runs it: the command, then each word single-quoted (literal, never syntax). */
        String line(String command) {
            StringBuilder line = new StringBuilder(command);
            for (String word : words) {
                line.append(" '").append(word).append('\'');
            }
            return line.toString();
        }
    }

    private PlainLine() {
    }

    /** The statements of a plain line, in order; a line that is not plain says why. */
    static List<Statement> statements(String line) throws NotPlain {
        List<Statement> statements = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i <= line.length()) {
            char c = i < line.length() ? line.charAt(i) : ';';
            if (c == ';' || c == '\n' || c == '\r') {
                statement(words, statements);
                words = new ArrayList<>();
                i++;
            } else if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '#') { // at the start of a word: a comment to the end of the line
                int end = line.indexOf('\n', i);
                i = end < 0 ? line.length() : end;
            } else {
                i = word(line, i, words);
            }
        }
        return statements;
    }

    /** The command names of a plain line's statements. */
    static List<String> commands(String line) throws NotPlain {
        return statements(line).stream().map(Statement::name).toList();
    }

    private static void statement(List<String> words, List<Statement> statements) throws NotPlain {
        if (words.isEmpty()) {
            return;
        }
        String name = words.get(0);
        if (!name.matches("[A-Za-z0-9_.-]+(:[A-Za-z0-9_.-]+)?")) {
            throw new NotPlain("'" + name + "' is not a command name");
        }
        statements.add(new Statement(name, List.copyOf(words.subList(1, words.size()))));
    }

    /** Reads one word, as its value, from {@code start}; returns where the next one may start. */
    private static int word(String line, int start, List<String> words) throws NotPlain {
        StringBuilder word = new StringBuilder();
        boolean first = true;
        int i = start;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\'' || c == '"') {
                int end = line.indexOf(c, i + 1);
                if (end < 0) {
                    throw new NotPlain("a quote is not closed");
                }
                String quoted = line.substring(i + 1, end);
                if (c == '"' && quoted.chars().anyMatch(q -> "$%\\'".indexOf(q) >= 0)) {
                    throw new NotPlain("$ % \\ and ' inside double quotes are for the admin role; use single quotes");
                }
                word.append(quoted);
                i = end + 1;
            } else if (c == ' ' || c == '\t' || c == ';' || c == '\n' || c == '\r') {
                break;
            } else if (c == '=' && first) {
                throw new NotPlain("a word starting with = (an assignment) is for the admin role");
            } else if (Character.isLetterOrDigit(c) || WORD.indexOf(c) >= 0) {
                word.append(c);
                i++;
            } else {
                throw new NotPlain("'" + printable(c) + "' (variables, closures, pipes, redirections, expansions) is"
                        + " for the admin role");
            }
            first = false;
        }
        if (word.indexOf("'") >= 0) {
            throw new NotPlain("a single quote inside a word is for the admin role");
        }
        words.add(word.toString());
        return i;
    }

    private static String printable(char c) {
        return Character.isWhitespace(c) || Character.isISOControl(c) ? String.format("\\u%04X", (int) c)
                : String.valueOf(c);
    }

    /** A line that is more than plain commands; the message says what. */
    static final class NotPlain extends Exception {
        private static final long serialVersionUID = 1L;

        NotPlain(String message) {
            super(message, null, false, false);
        }
    }
}

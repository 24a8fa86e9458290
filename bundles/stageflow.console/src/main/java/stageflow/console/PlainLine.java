package stageflow.console;

import java.util.ArrayList;
import java.util.List;

/**
 * A console line as a user below admin may type it: plain commands only, so the command each statement runs is the
 * one its first word names. Gogo is a language (variables, closures, pipes, assignments, method calls on values);
 * any of those could run a command the role does not allow without naming it, so a line that uses them is not
 * plain. What is plain: statements separated by {@code ;} or new lines, each a command name and words, where a word
 * is letters, digits and {@code ._@:=,/+%-}, or a quoted string without {@code $} (Gogo expands none in single
 * quotes and only {@code $} in double quotes).
 */
final class PlainLine {

    /** The command names of the line's statements, in order; a line that is not plain says why. */
    static List<String> commands(String line) throws NotPlain {
        List<String> commands = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i <= line.length()) {
            char c = i < line.length() ? line.charAt(i) : ';';
            if (c == ';' || c == '\n' || c == '\r') {
                statement(words, commands);
                words = new ArrayList<>();
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '#') { // at the start of a word: a comment to the end of the line
                int end = line.indexOf('\n', i);
                i = end < 0 ? line.length() : end;
            } else {
                i = word(line, i, words);
            }
        }
        return commands;
    }

    private static void statement(List<String> words, List<String> commands) throws NotPlain {
        if (words.isEmpty()) {
            return;
        }
        String name = words.get(0);
        if (!name.matches("[A-Za-z0-9_.-]+(:[A-Za-z0-9_.-]+)?")) {
            throw new NotPlain("'" + name + "' is not a command name");
        }
        if (words.size() > 1 && words.get(1).equals("=")) {
            throw new NotPlain("assignments are for the admin role");
        }
        commands.add(name);
    }

    /** Reads one word from {@code start}; returns where the next one may start. */
    private static int word(String line, int start, List<String> words) throws NotPlain {
        StringBuilder word = new StringBuilder();
        int i = start;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\'' || c == '"') {
                int end = line.indexOf(c, i + 1);
                if (end < 0) {
                    throw new NotPlain("a quote is not closed");
                }
                String quoted = line.substring(i + 1, end);
                if (c == '"' && (quoted.indexOf('$') >= 0 || quoted.indexOf('\\') >= 0)) {
                    throw new NotPlain("$ and \\ inside double quotes are expanded by the console; use single quotes");
                }
                word.append(c).append(quoted).append(c);
                i = end + 1;
            } else if (Character.isWhitespace(c) || c == ';') {
                break;
            } else if (Character.isLetterOrDigit(c) || "._@:=,/+%-".indexOf(c) >= 0) {
                word.append(c);
                i++;
            } else {
                throw new NotPlain("'" + c + "' (variables, closures, pipes, redirections) is for the admin role");
            }
        }
        words.add(word.toString());
        return i;
    }

    /** A line that is more than plain commands; the message says what. */
    static final class NotPlain extends Exception {
        private static final long serialVersionUID = 1L;

        NotPlain(String message) {
            super(message, null, false, false);
        }
    }

    private PlainLine() {
    }
}

package stageflow.console;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a batch into commands: one per line, {@code ;} between commands on a line, {@code #} comments. Quotes
 * and braces are respected, so a {@code ;} or {@code #} inside a quoted reason stays part of the command. Each
 * command keeps the number of its line, so a failing script says where.
 */
final class Script {

    /** One command and the line (from 1) it stands on. */
    record Line(int number, String command) {
    }

    private Script() {
    }

    static List<String> commands(String text) {
        return lines(text).stream().map(Line::command).toList();
    }

    static List<Line> lines(String text) {
        List<Line> commands = new ArrayList<>();
        int number = 0;
        for (String line : text.split("\\R")) {
            number++;
            StringBuilder current = new StringBuilder();
            char quote = 0;
            int braces = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '{') {
                    braces++;
                } else if (c == '}') {
                    braces--;
                } else if (braces == 0 && c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                    break;
                } else if (braces == 0 && c == ';') {
                    add(commands, number, current);
                    current.setLength(0);
                    continue;
                }
                current.append(c);
            }
            add(commands, number, current);
        }
        return commands;
    }

    private static void add(List<Line> commands, int number, StringBuilder command) {
        String trimmed = command.toString().trim();
        if (!trimmed.isEmpty()) {
            commands.add(new Line(number, trimmed));
        }
    }
}

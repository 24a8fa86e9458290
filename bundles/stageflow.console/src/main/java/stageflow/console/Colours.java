package stageflow.console;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colour where it helps a person read: errors red, refusals and warnings yellow, table headings bold, phases each in
 * their own colour. Off when the output is not a terminal, when NO_COLOR is set (no-color.org), and for JSON.
 */
final class Colours {
    static final Colours OFF = new Colours(false);

    private static final String RESET = "\u001b[0m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String BOLD = "\u001b[1m";
    private static final Pattern REFUSAL = Pattern.compile("refused \\([A-Z]-\\d+\\)");
    private static final Pattern WARNING = Pattern.compile("\\bUNAVAILABLE\\b|\\(dry run: nothing stored\\)");
    /** A table heading: capitals, columns apart by two spaces or more. */
    private static final Pattern HEADING = Pattern.compile(" ?[A-Z#][A-Z#]*( {2,}[A-Z#][A-Z#]*)+ *");
    private static final Pattern PHASE = Pattern.compile("(?<= )(candidates|participants|complete|dropped)(?= )");

    private final boolean on;

    private Colours(boolean on) {
        this.on = on;
    }

    /** Colours for a terminal of this type; none for a dumb terminal or when NO_COLOR is set and not empty. */
    static Colours forTerminal(String type, String noColor) {
        boolean dumb = type == null || type.startsWith("dumb");
        return new Colours(!dumb && (noColor == null || noColor.isEmpty()));
    }

    boolean on() {
        return on;
    }

    /** {@code text} with colour, line by line; JSON is never touched. */
    String paint(String text) {
        if (!on || text.startsWith("{") || text.startsWith("[")) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line(line));
        }
        return out.toString();
    }

    private static String line(String line) {
        if (line.startsWith("error: ")) {
            return RED + line + RESET;
        }
        if (HEADING.matcher(line).matches()) {
            return BOLD + line + RESET;
        }
        String painted = replace(REFUSAL, line, YELLOW);
        painted = replace(WARNING, painted, YELLOW);
        return replace(PHASE, painted, null);
    }

    private static String replace(Pattern pattern, String line, String colour) {
        Matcher m = pattern.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String c = colour != null ? colour : phase(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(c + m.group() + RESET));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String phase(String phase) {
        return switch (phase) {
            case "candidates" -> "\u001b[34m";
            case "participants" -> "\u001b[32m";
            case "complete" -> "\u001b[36m";
            default -> "\u001b[2m";
        };
    }
}

package stageflow.api;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The shapes of ids and free text (workflow-spec section 1), in one place: the engine refuses bad input with them
 * before anything is read or written, the registry ignores stages whose id does not fit, the shell shortens what it
 * echoes with them.
 */
public final class Ids {
    /** Campaign ids; not starting with '-', so a mistyped flag reads as an unknown option. */
    private static final Pattern CAMPAIGN = Pattern.compile("[A-Za-z0-9._][A-Za-z0-9._-]{0,63}");
    private static final Pattern INFLUENCER = Pattern.compile("[A-Za-z0-9._@][A-Za-z0-9._@-]{0,127}");
    private static final Pattern STAGE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final Pattern DATA_KEY = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    /** Longest free text kept (names, reasons, descriptions). */
    public static final int MAX_TEXT = 1000;
    /** Longest piece of bad input echoed back, so a huge argument cannot flood the console. */
    private static final int ECHO = 80;

    private Ids() {
    }

    public static String campaign(String id) {
        return check(id, CAMPAIGN, "campaign id", "[A-Za-z0-9._-]{1,64}");
    }

    public static String influencer(String id) {
        return check(id, INFLUENCER, "influencer id", "[A-Za-z0-9._@-]{1,128}");
    }

    public static String stage(String id) {
        return check(id, STAGE, "stage id", "[a-z0-9-]{1,64}");
    }

    /** Whether {@code id} has the shape of a stage id; the registry ignores a stage whose id does not. */
    public static boolean isStage(String id) {
        return id != null && STAGE.matcher(id).matches();
    }

    /** A key of influencer data, e.g. {@code shipping.address}; extensions prefix theirs with their stage id. */
    public static String dataKey(String key) {
        return check(key, DATA_KEY, "data key", "[a-z0-9._-]{1,64}, e.g. shipping.address");
    }

    /** Optional free text (names, reasons): null stays null; one line, at most {@value #MAX_TEXT} characters. */
    public static String text(String what, String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw WorkflowException.invalid(what + " is " + value.length() + " characters long; at most " + MAX_TEXT
                    + " are kept");
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\0') >= 0) {
            throw WorkflowException.invalid(what + " must be one line of text");
        }
        return value;
    }

    private static String check(String id, Pattern pattern, String what, String shape) {
        if (id == null || id.isEmpty()) {
            throw WorkflowException.invalid(what + " is missing");
        }
        if (id.startsWith("-")) {
            throw WorkflowException.invalid("unknown option '" + shorten(id) + "'; help <command> lists the options");
        }
        if (!pattern.matcher(id).matches()) {
            throw WorkflowException.invalid(what + " '" + shorten(id) + "' is not valid; ids look like " + shape);
        }
        return id;
    }

    /**
     * A list of ids in which an option hides (a mistyped or unknown flag passed on as an id) refuses the whole
     * command: changing the other influencers would not be what the operator meant.
     */
    public static void noOptions(List<String> ids) {
        for (String id : ids) {
            if (id != null && id.startsWith("-")) {
                throw WorkflowException.invalid("unknown option '" + shorten(id) + "'; help <command> lists the"
                        + " options; nothing changed");
            }
        }
    }

    /** An influencer id as a report names it: whole when it could be valid, else shortened like bad input. */
    public static String echo(String id) {
        return id == null || id.length() <= 128 ? id : shorten(id);
    }

    /** At most 80 characters of what somebody typed, for messages that quote it. */
    public static String shorten(String s) {
        return s.length() <= ECHO ? s : s.substring(0, ECHO - 3) + "...";
    }
}

package stageflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5, bad input: every command that commands.md names (and the store and data commands) gets malformed input of
 * every kind in one real console. Each case must answer one line, no stack trace, and the store's export must stay
 * byte for byte the same.
 */
class BadInputIT {
    private static final String LONG = "x".repeat(10_000);
    /** A 1 MB template body, written into the console's working directory by {@link #badInput}. */
    private static final String BIG_BODY = "big-body.txt";

    private static final String[] FIXTURE = {
        "campaign:create c1", "influencer:add c1 ana ben", "campaign:create c2",
        "deliverable:assign c1 ana content --content-type instagram --count 1",
    };

    @TempDir
    Path work;

    /**
     * Command names in the command reference (docs/commands.md), {@code a:b|c} spelled out: every command of its
     * "Commands" section, except the scopes it marks {@code (planned)}, which are not built yet.
     */
    static Set<String> commands() throws Exception {
        String doc = Files.readString(Path.of(System.getProperty("stageflow.commands")));
        String section = doc.substring(doc.indexOf("## Commands"));
        section = section.substring(0, section.indexOf("\n## ", 1));
        Set<String> names = new LinkedHashSet<>();
        boolean planned = false;
        for (String line : section.split("\n")) {
            if (line.startsWith("Scope `")) {
                planned = line.contains("(planned)");
            }
            if (planned) {
                continue;
            }
            Matcher m = Pattern.compile("`([a-z]+):([a-z|-]+)").matcher(line);
            while (m.find()) {
                for (String function : m.group(2).split("\\|")) {
                    names.add(m.group(1) + ":" + function);
                }
            }
        }
        return names;
    }

    /** Input that no command may accept: each has at least one part that must be refused. */
    static List<String> cases(String command) {
        List<String> args = new ArrayList<>(List.of(
                "",                                               // wrong arity (none)
                "'bad id!'",                                      // malformed id
                "'bad id!' ana",
                "c1 '!x' '!y' '!z' '!w' '!v' '!u' '!t'",          // too many, all malformed
                "no-such-campaign '!x'",                          // unknown id and a malformed one
                LONG,                                             // very long id
                "c1 " + LONG,
                "c1 --frobnicate '!x'",                           // unknown flag
                "--frobnicate",
                "c1 '!x' --expect -1",                            // negative number
                "c1 '!x' --expect 99999999999999999999",          // huge number
                "c1 '!x' --reason " + LONG,                       // very long text
                "c1 '../../etc' '\u00e9\u00e8\u0000'",            // odd characters
                "c2 'no such stage' '!x'"));
        if (command.startsWith("deliverable:")) {
            args.addAll(List.of(
                    "c1 ana content --content-type instagram --due 2026-13-45",   // bad dates
                    "c1 ana content --content-type instagram --due yesterday",
                    "c1 ana content --content-type instagram --count -3",         // negative and huge counts
                    "c1 ana content --content-type instagram --count 99999999999",
                    "c1 ana content --content-type no-such-type",
                    "c1 ana no-such-kind",
                    "c1 ana d999 --due 2026-02-30",
                    "c1 --campaign d999 --count 0"));
        }
        if (command.equals("influencer:history")) {
            args.addAll(List.of("c1 --since 2026-13-45", "c1 --until yesterday",
                    "c1 ana --since 2026-12-02 --until 2026-12-01", "c1 --since 2026-11-01T25:00:00Z",
                    "nope --cause auto"));
        }
        if (command.equals("influencer:data")) {
            args.addAll(List.of("c1 ana novalue", "c1 ana 'Bad Key=1'", "c1 ana =x", "c1 ana k=" + LONG));
        }
        if (command.startsWith("template:")) {
            args.addAll(List.of(
                    "c1 invitation --body-file /no/such/file",                    // a body file that is not there
                    "c1 invitation --body-file " + BIG_BODY,                      // a 1 MB body
                    "c1 invitation --subject '{{nick}}'",                         // unknown merge field
                    "c1 invitation --body '{{#first_name}}unclosed'",             // not a template
                    "c1 new-one --subject s",                                     // new, without a body
                    "c1 invitation --delivery sometimes",
                    "c1 invitation --stage nowhere",
                    "c1 invitation --delivery date-based --days 9999",
                    "c1 invitation --body-file " + BIG_BODY + " --body b",        // both bodies
                    "c1 invitation ana",                                          // draft: nothing is sent
                    "c1 no-such-template ana"));
        }
        if (command.startsWith("incentive:")) {
            args.addAll(List.of(
                    "c1 ana payment --amount -5 --currency EUR",                  // negative
                    "c1 ana payment --amount 9.999 --currency EUR",               // too many decimals
                    "c1 ana payment --amount 10.5 --currency JPY",
                    "c1 ana payment --amount 10 --currency XYZ",                  // unknown currency
                    "c1 ana payment --amount 1000000000000000000000000000000 --currency EUR",
                    "c1 ana payment --amount 1e3 --currency EUR",
                    "c1 ana payment --amount 10",                                 // an amount without currency
                    "c1 ana payment --integrated",                                // integrated, no stage
                    "c1 ana payment --stage draft",
                    "c1 ana cash",
                    "c1 ana i999 --reference x",                                  // unknown incentive ids
                    "c1 ana i999 --reason x"));
        }
        if (command.startsWith("message:")) {
            args.addAll(List.of("c1 --status lost", "c1 nobody", "c1 ana --status"));
        }
        if (command.startsWith("store:")) {
            args.addAll(List.of("/no/such/folder/x", "data"));   // a missing folder, an existing file's name
        }
        return args.stream().map(a -> (command + " " + a).strip()).toList();
    }

    @Test
    @DisplayName("every command, every kind of bad input: one line each, nothing stored changes")
    void badInput() throws Exception {
        Files.writeString(work.resolve(BIG_BODY), "x".repeat(1024 * 1024));
        List<String> commands = new ArrayList<>(List.of(FIXTURE));
        commands.add("store:export before.json");
        List<String> cases = new ArrayList<>();
        for (String command : commands()) {
            cases.addAll(cases(command));
        }
        commands.addAll(cases);
        commands.add("store:export after.json");
        List<String> results = Console.session(work, commands);

        SoftAssertions softly = new SoftAssertions();
        int offset = FIXTURE.length + 1;
        int refused = 0;
        for (int i = 0; i < cases.size(); i++) {
            String input = cases.get(i);
            String shown = input.length() > 120 ? input.substring(0, 117) + "..." : input;
            String output = results.get(offset + i);
            softly.assertThat(output).as("output of: " + shown).doesNotContain("Exception", "\tat ")
                    .as("a documented command exists: " + shown).doesNotStartWith("error: unknown command");
            if (output.startsWith("error: ") || output.startsWith("refused (")) {
                refused++;
                softly.assertThat(output.lines().count()).as("one line for: " + shown + "\n" + output).isEqualTo(1);
                softly.assertThat(output.length()).as("a short line for: " + shown).isLessThan(400);
            } else {
                // accepted: only read-only commands (help, list, show with odd but valid input) may get here
                // and the store commands, which write a file of that (odd, but possible) name and change nothing
                softly.assertThat(input).as("accepted: " + shown + " -> " + output)
                        .matches("(campaign:list|stage:list|access:list|access:history|webhook:list|webhook:deliveries|template:preview c1 invitation ana$|[a-z]+:help|store:check|store:backup|store:export)\\b.*");
            }
        }
        softly.assertAll();
        assertThat(work.resolve("after.json")).as("the store's export, byte for byte")
                .hasSameBinaryContentAs(work.resolve("before.json"));
        System.out.println("bad input: " + cases.size() + " cases over " + commands().size() + " commands, "
                + refused + " refused with one line, store unchanged");
    }

    @Test
    @DisplayName("the command reference names every command the console offers, and the console offers every one it"
            + " names")
    void referenceComplete() throws Exception {
        Set<String> documented = commands();
        List<String> scopes = documented.stream().map(c -> c.substring(0, c.indexOf(':'))).distinct().toList();
        List<String> helps = Console.session(work, scopes.stream().map(scope -> scope + ":help").toList());
        Set<String> offered = new LinkedHashSet<>();
        for (String help : helps) {
            help.lines().map(l -> l.split("\\s+", 2)[0]).filter(c -> c.matches("[a-z]+:[a-z-]+"))
                    .forEach(offered::add);
        }
        assertThat(offered).as("commands the console offers").containsExactlyInAnyOrderElementsOf(documented);
    }

    @Test
    @DisplayName("every command of the reference: --help with an example, the same line for an unknown option, and"
            + " the same failure with and without --json")
    void optionContract() throws Exception {
        List<String> commands = new ArrayList<>();
        for (String command : commands()) {
            commands.add(command + " --help");
            commands.add(command + " --frobnicate");
            commands.add(command + " nope-campaign 'bad id!'");
            commands.add(command + " nope-campaign 'bad id!' --json");
        }
        List<String> results = Console.session(work, commands);
        SoftAssertions softly = new SoftAssertions();
        int i = 0;
        for (String command : commands()) {
            String help = results.get(i++);
            softly.assertThat(help).as(command + " --help").startsWith("Usage: " + command).contains("Example");
            softly.assertThat(results.get(i++)).as(command + " --frobnicate").isEqualTo("error: unknown option"
                    + " '--frobnicate' for " + command + "; " + command + " --help lists the options");
            String plain = results.get(i++);
            String json = results.get(i++);
            softly.assertThat(plain).as(command + " with bad input").matches("(error: |refused \\().*");
            String failure = json.lines().reduce((first, last) -> last).orElse("");
            softly.assertThat(failure).as(command + " --json fails the same way").isEqualTo(plain);
        }
        softly.assertAll();
    }
}

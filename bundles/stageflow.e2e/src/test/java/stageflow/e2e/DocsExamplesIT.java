package stageflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The guides run as written (issue 10): every example block of README.md and docs/ is executed against a fresh data
 * directory, so a guide can never drift from the product.
 * <ul>
 * <li>{@code console} blocks: {@code $ } lines are shell commands (run by bash in the example's own directory, with
 * {@code bin/}, {@code bundles/} and {@code docs/} of this checkout at hand); the lines under one are its output as
 * shown: each must appear, in order ({@code ...} skips any lines, a line ending in {@code ...} matches its start).
 * When the shown output ends in {@code error:} or {@code refused (}, the command must exit 1, else 0.</li>
 * <li>{@code gogo} blocks: console commands, one per line, run in one console; a command whose comment says
 * {@code refused (R)} or {@code error:} must fail so, every other must succeed; {@code #> } lines under a command
 * are lines its output must hold.</li>
 * <li>{@code karaf} blocks: the same, in Apache Karaf's console; KarafIT runs them.</li>
 * </ul>
 */
class DocsExamplesIT {
    private static final Pattern BLOCK = Pattern.compile("(?ms)^```([a-z]*)\\n(.*?)^```\\n");
    private static final Pattern COMMAND_LINE = Pattern.compile("^[a-z]+:[a-z-]+( |$)");

    @TempDir
    Path work;

    record Example(Path document, String kind, String body) {
        String name() {
            return Console.HOME.relativize(document) + " block " + Integer.toHexString(body.hashCode());
        }
    }

    static List<Example> examples() throws Exception {
        List<Path> documents = new ArrayList<>(List.of(Console.HOME.resolve("README.md")));
        try (Stream<Path> docs = Files.list(Console.HOME.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        List<Example> examples = new ArrayList<>();
        for (Path document : documents) {
            Matcher m = BLOCK.matcher(Files.readString(document));
            while (m.find()) {
                examples.add(new Example(document, m.group(1), m.group(2)));
            }
        }
        return examples;
    }

    @Test
    @DisplayName("no example hides from the runner: Stageflow commands stand only in console and gogo blocks")
    void everyExampleRuns() throws Exception {
        List<Example> examples = examples();
        assertThat(examples.stream().filter(e -> e.kind().equals("console") || e.kind().equals("gogo")))
                .as("runnable examples").hasSizeGreaterThan(8);
        // karaf blocks run in Apache Karaf's console, by KarafIT
        for (Example e : examples.stream().filter(e -> !Set.of("console", "gogo", "karaf").contains(e.kind()))
                .toList()) {
            assertThat(e.body()).as(e.name()).doesNotContain("bin/stageflow exec", "bin/stageflow run");
            assertThat(e.body().lines().filter(l -> COMMAND_LINE.matcher(l).find()).toList()).as(e.name()).isEmpty();
        }
    }

    /**
     * On Felix, the distribution's framework, and on Eclipse Equinox (issue 11): the same bundles need nothing
     * Felix-specific, and every guide holds on both.
     */
    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"felix", "equinox"})
    @DisplayName("every console and gogo block of README and docs/ runs as written on a fresh data directory")
    void examplesRunAsWritten(String framework) throws Exception {
        Map<String, String> environment = Map.of("STAGEFLOW_FRAMEWORK", framework);
        Ran system = run(Files.createDirectory(work.resolve("framework")), Console.HOME + "/bin/stageflow exec 'lb -s'",
                environment);
        String systemBundle = framework.equals("felix") ? "org.apache.felix.framework" : "org.eclipse.osgi";
        assertThat(system.lines()).as("bundle 0, the framework").anyMatch(
                line -> line.startsWith("    0|Active ") && line.contains("|" + systemBundle + " ("));
        SoftAssertions softly = new SoftAssertions();
        int ran = 0;
        for (Example example : examples()) {
            if (example.kind().equals("console") || example.kind().equals("gogo")) {
                Path dir = Files.createDirectory(work.resolve("example-" + ran++));
                for (String shared : List.of("bin", "bundles", "docs")) {
                    Files.createSymbolicLink(dir.resolve(shared), Console.HOME.resolve(shared));
                }
                if (example.kind().equals("console")) {
                    console(example, dir, environment, softly);
                } else {
                    gogo(example, dir, environment, softly);
                }
            }
        }
        softly.assertAll();
    }

    private static void console(Example example, Path dir, Map<String, String> environment, SoftAssertions softly)
            throws Exception {
        List<String> shown = new ArrayList<>();
        String command = null;
        for (String line : (example.body() + "$ ").lines().toList()) {
            if (line.startsWith("$ ") || line.equals("$")) {
                if (command != null) {
                    check(example, command, run(dir, command, environment), shown, softly);
                }
                command = line.length() > 2 ? line.substring(2) : null;
                shown = new ArrayList<>();
            } else {
                shown.add(line.stripTrailing());
            }
        }
    }

    private record Ran(int status, List<String> lines) {
    }

    private static Ran run(Path dir, String command, Map<String, String> environment) throws Exception {
        // output to a file, not a pipe: a command that hangs is then ended by the deadline, not waited for forever
        Path output = Files.createTempFile("docs-example", ".txt");
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        Process p = builder.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError(command + " did not end within 180 s");
        }
        String out = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        return new Ran(p.exitValue(), out.lines().map(String::stripTrailing).toList());
    }

    private static void check(Example example, String command, Ran ran, List<String> shown, SoftAssertions softly) {
        String last = shown.isEmpty() ? "" : shown.get(shown.size() - 1);
        int expected = last.startsWith("error: ") || last.startsWith("refused (") ? 1 : 0;
        String context = example.name() + ": $ " + command + "\n" + String.join("\n", ran.lines());
        softly.assertThat(ran.status()).as("exit status of " + context).isEqualTo(expected);
        softly.assertThat(matches(shown, ran.lines())).as("shown output of " + context + "\n-- shown --\n"
                + String.join("\n", shown)).isTrue();
    }

    /** Each shown line in order; {@code ...} skips lines; a line ending in {@code ...} matches a line's start. */
    static boolean matches(List<String> shown, List<String> actual) {
        int at = 0;
        boolean skipping = false;
        for (String expected : shown) {
            if (expected.equals("...")) {
                skipping = true;
                continue;
            }
            boolean found = false;
            while (at < actual.size()) {
                String line = actual.get(at++);
                boolean same = expected.endsWith("...") && !expected.equals("...")
                        ? line.startsWith(expected.substring(0, expected.length() - 3)) : line.equals(expected);
                if (same) {
                    found = true;
                    break;
                }
                if (!skipping) {
                    return false;
                }
            }
            if (!found) {
                return false;
            }
            skipping = false;
        }
        return true;
    }

    private static void gogo(Example example, Path dir, Map<String, String> environment, SoftAssertions softly)
            throws Exception {
        List<String> commands = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        List<List<String>> expectations = new ArrayList<>();
        for (String line : example.body().lines().toList()) {
            if (line.startsWith("#> ")) {
                expectations.get(expectations.size() - 1).add(line.substring(3).stripTrailing());
            } else if (!line.isBlank() && !line.startsWith("#")) {
                int comment = line.indexOf(" # ");
                commands.add(comment < 0 ? line.strip() : line.substring(0, comment).strip());
                comments.add(comment < 0 ? "" : line.substring(comment + 3));
                expectations.add(new ArrayList<>());
            }
        }
        List<String> results = Console.session(dir, commands, environment);
        for (int i = 0; i < commands.size(); i++) {
            String output = results.get(i);
            String comment = comments.get(i);
            Matcher rule = Pattern.compile("refused \\(([A-Z]-\\d+)\\)").matcher(comment);
            String context = example.name() + ": " + commands.get(i) + "\n" + output;
            if (rule.find()) {
                softly.assertThat(output).as("refused as its comment says: " + context)
                        .startsWith("refused (" + rule.group(1) + ")");
            } else if (comment.contains("error:")) {
                softly.assertThat(output).as("an error as its comment says: " + context).startsWith("error: ");
            } else {
                softly.assertThat(output).as("succeeds: " + context).doesNotStartWith("error: ")
                        .doesNotStartWith("refused (");
            }
            List<String> lines = output.lines().map(String::stripTrailing).toList();
            for (String expected : expectations.get(i)) {
                softly.assertThat(lines).as("output shown under " + context).contains(expected);
            }
        }
    }
}

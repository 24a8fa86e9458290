package stageflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The repository stands on its own: a clone with nothing beside it builds, tests and reads the same. No file reads
 * or links a folder outside it, and every relative link of README and docs/ reaches a file inside it.
 */
class SelfContainedIT {
    private static final Path HOME = Path.of(System.getProperty("stageflow.home")).toAbsolutePath().normalize();
    /** Markdown links and images: {@code [text](target)}. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @Test
    @DisplayName("no build, test or doc file names a path outside the repository")
    void nothingOutside() throws IOException {
        // spelled in two parts so that this file does not name it
        String outside = ".." + "/shared";
        List<String> offenders = new ArrayList<>();
        for (Path file : sources()) {
            try {
                if (Files.readString(file).contains(outside)) {
                    offenders.add(HOME.relativize(file).toString());
                }
            } catch (MalformedInputException binary) {
                // a jar or an image: not read by anyone as text
            }
        }
        assertThat(offenders).as("files that reach outside the repository").isEmpty();
    }

    @Test
    @DisplayName("every relative link in README and docs/ reaches a file inside the repository")
    void linksInside() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(HOME.resolve("README.md")));
        try (Stream<Path> docs = Files.list(HOME.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).forEach(documents::add);
        }
        List<String> broken = new ArrayList<>();
        for (Path document : documents) {
            Matcher m = LINK.matcher(Files.readString(document));
            while (m.find()) {
                String target = m.group(1).replaceFirst("#.*$", "");
                if (target.isEmpty() || target.matches("[a-z]+:.*")) {
                    continue; // an anchor in the same page, or a web address
                }
                Path resolved = document.getParent().resolve(target).normalize();
                if (!resolved.startsWith(HOME) || !Files.exists(resolved)) {
                    broken.add(HOME.relativize(document) + " -> " + m.group(1));
                }
            }
        }
        assertThat(documents).hasSizeGreaterThan(3);
        assertThat(broken).as("links that leave the repository or lead nowhere").isEmpty();
    }

    /** Every file the project keeps, without build output, data directories and Git's own. */
    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(HOME)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> {
                        String relative = HOME.relativize(p).toString();
                        return !relative.startsWith(".git/") && !relative.contains("/target/")
                                && !relative.startsWith("target/") && !relative.startsWith("data/")
                                && !relative.contains("/data/") && !relative.startsWith("deploy/");
                    })
                    .toList();
        }
    }
}

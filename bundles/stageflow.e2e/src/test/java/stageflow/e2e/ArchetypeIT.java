package stageflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extension author's path of docs/extending.md, end to end: generate a stage bundle from the archetype, build it
 * with Maven, copy the jar into the deploy folder, and see the stage in Stageflow.
 */
class ArchetypeIT {
    private static final Path HOME = Path.of(System.getProperty("stageflow.home", "../..")).toAbsolutePath().normalize();

    @TempDir
    Path work;

    @Test
    @DisplayName("archetype:generate makes a stage bundle that builds, tests itself and deploys")
    void generateBuildDeploy() throws Exception {
        maven(work, "org.apache.maven.plugins:maven-archetype-plugin:3.3.1:generate",
                "-DarchetypeGroupId=stageflow", "-DarchetypeArtifactId=stageflow.archetype",
                "-DarchetypeVersion=" + System.getProperty("stageflow.version"), "-DgroupId=com.acme.stageflow",
                "-DartifactId=legal-review-stage", "-Dversion=1.0.0", "-DstageId=legal-review",
                "-DstageLabel=Legal Review", "-DclassName=LegalReviewStage", "-DinteractiveMode=false");
        Path project = work.resolve("legal-review-stage");
        String build = maven(project, "package");
        assertThat(build).as("the generated unit tests ran").contains("Tests run: 2, Failures: 0");
        Path jar = project.resolve("target/legal-review-stage-1.0.0.jar");
        assertThat(jar).exists();

        Path deploy = Files.createDirectories(work.resolve("deploy"));
        Files.copy(jar, deploy.resolve(jar.getFileName()));
        String out = stageflow(deploy, "stage:info legal-review; campaign:create c1;"
                + " workflow:insert c1 legal-review --after applied; campaign:show c1");
        assertThat(out).contains("label        Legal Review", "bundle       legal-review-stage",
                "exit         automatic when its condition holds");
        assertThat(out.lines().filter(l -> l.contains("legal-review")).count()).as(out).isGreaterThanOrEqualTo(3);
    }

    private String stageflow(Path deploy, String commands) throws Exception {
        Process p = new ProcessBuilder(HOME.resolve("bin/stageflow").toString(), "--data",
                work.resolve("data").toString(), "--deploy", deploy.toString(), "exec", commands)
                .directory(work.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    /** Runs this build's Maven, in batch mode on this build's local repository; returns its output. */
    private static String maven(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("maven.home"), "bin", "mvn")
                .toString(), "-B", "-ntp", "-Dmaven.repo.local=" + System.getProperty("maven.repo.local")));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}

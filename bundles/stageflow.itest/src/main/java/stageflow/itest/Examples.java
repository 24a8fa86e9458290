package stageflow.itest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.osgi.framework.BundleContext;

/** The example extension jars the build made, installed by the tests at run time (never in -runbundles). */
final class Examples {
    private Examples() {
    }

    /** The location of the jar of the example bundle {@code name} (e.g. stageflow.example.shipping). */
    static String location(BundleContext context, String name) throws IOException {
        Path target = Path.of(context.getProperty("stageflow.bundles.dir"), name, "target");
        try (Stream<Path> jars = Files.list(target)) {
            return jars.filter(p -> p.getFileName().toString().matches(name.replace(".", "\\.") + "-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IOException("no jar of " + name + " in " + target
                            + "; build it first (mvn install)"))
                    .toUri().toString();
        }
    }
}

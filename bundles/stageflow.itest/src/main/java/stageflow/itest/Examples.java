package stageflow.itest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import stageflow.api.stage.StageRegistry;

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

    /** Installs and starts the shipping example, once its stage is in the registry. */
    static Bundle startShipping(BundleContext context, StageRegistry registry) throws Exception {
        Bundle shipping = context.installBundle(location(context, "stageflow.example.shipping"));
        shipping.start();
        Await.until("shipping registered", Duration.ofSeconds(5), () -> registry.stage("shipping").isPresent());
        return shipping;
    }
}

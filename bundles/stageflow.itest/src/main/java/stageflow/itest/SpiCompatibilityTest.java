package stageflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.apache.felix.service.command.CommandProcessor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

import stageflow.api.stage.StageRegistry;

/**
 * The stage SPI stays compatible: an extension built against the published SPI 1.0.0, before the API's 2.0
 * redesign (fixtures/contract-stage-1.0.0.jar, see fixtures/README.md), resolves, deploys and works today.
 */
@ExtendWith({ BundleContextExtension.class, ServiceExtension.class })
class SpiCompatibilityTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService
    CommandProcessor processor;

    @InjectService
    StageRegistry registry;

    @Test
    @DisplayName("C-9 an extension built against SPI 1.0.0 before the redesign deploys and its hooks still work")
    void oldExtensionWorks() throws Exception {
        Path jar = Path.of(context.getProperty("stageflow.bundles.dir"), "stageflow.itest", "fixtures",
                "contract-stage-1.0.0.jar");
        Bundle bundle = context.installBundle(jar.toUri().toString());
        try {
            bundle.start();
            Await.until("stage contract registered", Duration.ofSeconds(10), () -> registry.stage("contract")
                    .isPresent());
            String spi = bundle.adapt(BundleWiring.class).getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)
                    .stream().map(BundleWire::getCapability)
                    .filter(c -> "stageflow.api.stage".equals(c.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE)))
                    .map(c -> c.getAttributes().get(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE).toString())
                    .findFirst().orElseThrow();
            assertThat(spi).as("the SPI version it is wired to").startsWith("1.");

            String c = Shell.uniqueId("compat");
            Shell.run(processor, "campaign:create " + c);
            Shell.run(processor, "workflow:insert " + c + " contract --after applied");
            Shell.run(processor, "influencer:add " + c + " ana");
            assertThat(Shell.run(processor, "influencer:move " + c + " contract ana")).contains("ana: candidates ->"
                    + " contract");
            Shell.run(processor, "campaign:launch " + c);
            assertThat(Shell.run(processor, "influencer:data " + c + " ana contract.done=yes"))
                    .contains("ana: contract -> deliverables (auto:contract)");
        } finally {
            bundle.uninstall();
        }
    }
}

package stageflow.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.apache.felix.service.command.CommandProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;
import org.osgi.util.tracker.ServiceTracker;

import stageflow.api.Influencers;
import stageflow.api.StoreMaintenance;

/**
 * The sealed store (issue 9): a bundle that is not the engine or a store tries every way OSGi offers to reach the
 * store, and every one fails with nothing stored changed. Java reflection on objects a bundle legitimately holds
 * is out of reach of any OSGi mechanism and not tried here (docs/architecture.md says so).
 */
@ExtendWith({ BundleContextExtension.class, ServiceExtension.class })
class SealedStoreTest {
    private static final String SPI = "stageflow.store.spi";
    private static final String STORE = SPI + ".WorkflowStore";

    @InjectBundleContext
    BundleContext context;

    @InjectService
    CommandProcessor processor;

    private final List<Bundle> installed = new ArrayList<>();
    private Path before;

    @BeforeEach
    void exportBefore() throws Exception {
        Shell.run(processor, "campaign:create " + Shell.uniqueId("sealed"));
        before = export();
    }

    @AfterEach
    void uninstall() throws BundleException {
        for (Bundle b : installed) {
            if (b.getState() != Bundle.UNINSTALLED) {
                b.uninstall();
            }
        }
    }

    @Test
    @DisplayName("a bundle that imports or requires the store boundary does not resolve, whatever name it borrows")
    void noWiring() throws Exception {
        List<Bundle> intruders = List.of(
                install("intruder.imports", "1.0.0", Map.of(Constants.IMPORT_PACKAGE, SPI)),
                install("intruder.requires", "1.0.0", Map.of(Constants.REQUIRE_BUNDLE, SPI)),
                // the name of the store bundle, a later install: the seal admits the first bundle of a name only
                install("stageflow.store.mapdb", "99.0.0", Map.of(Constants.IMPORT_PACKAGE, SPI)),
                install("stageflow.engine", "99.0.0", Map.of(Constants.IMPORT_PACKAGE, SPI)));
        assertThat(wiring().resolveBundles(intruders)).as("all resolved").isFalse();
        for (Bundle intruder : intruders) {
            assertThat(intruder.getState()).as(intruder.getSymbolicName() + " state").isEqualTo(Bundle.INSTALLED);
            assertThatThrownBy(intruder::start).as(intruder.getSymbolicName() + " start")
                    .isInstanceOf(BundleException.class).hasMessageContaining(SPI);
        }
        assertUnchanged();
    }

    @Test
    @DisplayName("a fragment never attaches to the engine, where it would share the engine's class loader")
    void noFragment() throws Exception {
        Bundle fragment = install("intruder.fragment", "1.0.0", Map.of(Constants.FRAGMENT_HOST, "stageflow.engine"));
        Bundle engine = bundle("stageflow.engine");
        refresh(engine);
        awaitEngine();
        assertThat(fragment.getState()).as("fragment state").isEqualTo(Bundle.INSTALLED);
        assertThat(engine.adapt(BundleWiring.class).getProvidedWires(HostNamespace.HOST_NAMESPACE))
                .as("fragments attached to the engine").isEmpty();
        assertUnchanged();
    }

    @Test
    @DisplayName("the store service is invisible to other bundles and never handed to them, not even through the"
            + " system bundle")
    void noService() throws Exception {
        assertThat(context.getServiceReferences((String) null, "(objectClass=" + SPI + ".*)")).as("visible")
                .isNull();
        assertThatThrownBy(() -> Class.forName(STORE, false, getClass().getClassLoader()))
                .as("the boundary through this bundle's DynamicImport-Package")
                .isInstanceOf(ClassNotFoundException.class);
        BundleContext system = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).getBundleContext();
        // find hooks are not asked for the system bundle, and the store bundle's own list of its services is not
        // filtered by them: through both the references are there, and getting the service is what the gate refuses
        ServiceReference<?>[] systemRefs = system.getServiceReferences((String) null, "(objectClass=" + STORE + ")");
        assertThat(systemRefs).as("seen by the system bundle").isNotEmpty();
        List<ServiceReference<?>> refs = List.of(bundle("stageflow.store.mapdb").getRegisteredServices()).stream()
                .filter(ref -> List.of((String[]) ref.getProperty(Constants.OBJECTCLASS)).contains(STORE)).toList();
        assertThat(refs).as("the store's registration").isNotEmpty();
        refs = new ArrayList<>(refs);
        refs.addAll(List.of(systemRefs));
        for (ServiceReference<?> ref : refs) {
            assertThat(system.getService(ref)).as("the store through the system bundle's context").isNull();
            assertThat(context.getService(ref)).as("the store through this bundle's context").isNull();
        }
        assertUnchanged();
    }

    @Test
    @DisplayName("the engine offers only the API's services: nothing of it hands out the store")
    void engineOffersApiOnly() {
        List<String> offered = new ArrayList<>();
        for (ServiceReference<?> ref : bundle("stageflow.engine").getRegisteredServices()) {
            offered.addAll(List.of((String[]) ref.getProperty(Constants.OBJECTCLASS)));
        }
        assertThat(offered).as("services of the engine").isNotEmpty()
                .allSatisfy(name -> assertThat(name).startsWith("stageflow.api."));
        assertThat(offered).contains(Influencers.class.getName(), StoreMaintenance.class.getName());
    }

    @Test
    @DisplayName("a store another bundle registers never takes the real store's place")
    void noImpostor() throws Exception {
        // anyone may load a class from the boundary's bundle by name; that gives the type, never the store
        Class<?> type = bundle(SPI).loadClass(STORE);
        AtomicInteger calls = new AtomicInteger();
        Object impostor = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, m, args) -> {
            calls.incrementAndGet();
            throw new UnsupportedOperationException("impostor");
        });
        Hashtable<String, Object> ranking = new Hashtable<>(Map.of(Constants.SERVICE_RANKING, Integer.MAX_VALUE));
        ServiceRegistration<?> registration = context.registerService(STORE, impostor, ranking);
        try {
            Bundle store = bundle("stageflow.store.mapdb");
            store.stop();
            store.start(); // the engine binds a store again: the impostor ranks highest
            awaitEngine();
            String c = Shell.uniqueId("impostor");
            assertThat(Shell.run(processor, "campaign:create " + c + "; influencer:add " + c + " ana"))
                    .contains("1 changed");
            assertThat(Shell.run(processor, "store:check")).startsWith("store consistent");
            assertThat(calls).as("calls that reached the impostor").hasValue(0);
        } finally {
            registration.unregister();
        }
    }

    private Bundle install(String name, String version, Map<String, String> headers) throws Exception {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, name);
        main.putValue(Constants.BUNDLE_VERSION, version);
        headers.forEach(main::putValue);
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(jar, manifest)) {
            out.flush();
        }
        Bundle bundle = context.installBundle("sealed-store-test:" + name + "-" + version,
                new ByteArrayInputStream(jar.toByteArray()));
        installed.add(bundle);
        return bundle;
    }

    private Bundle bundle(String name) {
        for (Bundle b : context.getBundles()) {
            if (name.equals(b.getSymbolicName()) && !b.getLocation().startsWith("sealed-store-test:")) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + name);
    }

    private FrameworkWiring wiring() {
        return context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
    }

    private void refresh(Bundle bundle) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        wiring().refreshBundles(List.of(bundle), event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
                done.countDown();
            }
        });
        assertThat(done.await(30, TimeUnit.SECONDS)).as("refresh done").isTrue();
    }

    private void awaitEngine() throws InterruptedException {
        ServiceTracker<Influencers, Influencers> tracker = new ServiceTracker<>(context, Influencers.class, null);
        tracker.open();
        try {
            assertThat(tracker.waitForService(Duration.ofSeconds(30).toMillis())).as("engine back").isNotNull();
            Await.until("the shell's commands back", Duration.ofSeconds(30), () -> {
                try {
                    return Shell.run(processor, "store:check").startsWith("store consistent");
                } catch (Exception e) {
                    return false;
                }
            });
        } finally {
            tracker.close();
        }
    }

    /** Everything stored, through the engine as it is now (a refresh replaces its services). */
    private Path export() throws IOException {
        Path file = Files.createTempDirectory("sealed").resolve("export.json");
        ServiceReference<StoreMaintenance> ref = context.getServiceReference(StoreMaintenance.class);
        try {
            context.getService(ref).export(file);
        } finally {
            context.ungetService(ref);
        }
        return file;
    }

    private void assertUnchanged() throws Exception {
        assertThat(export()).as("everything stored, byte for byte").hasSameBinaryContentAs(before);
    }
}

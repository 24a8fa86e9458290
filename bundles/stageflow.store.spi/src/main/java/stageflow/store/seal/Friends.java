package stageflow.store.seal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

/**
 * Who may touch the store: the engine (the only writer), the store bundles and the seal itself, taken once, when the
 * seal starts, as the bundles installed then: for each of these names the first bundle installed under it. A bundle
 * installed later under one of the names (a deployed impostor, or a name no bundle had taken) is never a friend;
 * the framework property {@value #PROPERTY} (comma-separated names) adds store bundles, read at that moment too.
 */
public final class Friends {
    public static final String PROPERTY = "stageflow.store.friends";
    static final Set<String> CORE = Set.of("stageflow.engine", "stageflow.store.spi", "stageflow.store.mapdb");

    /** The seal's friends while it is active; before it starts, the gate takes them at the moment it asks. */
    private static volatile Friends sealed;

    private final Set<Long> ids;

    private Friends(Set<Long> ids) {
        this.ids = Set.copyOf(ids);
    }

    /** The friends as of now, seen through the system bundle, from which no bundle can be hidden. */
    static Friends take(BundleContext context) {
        BundleContext system = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).getBundleContext();
        Set<String> names = new TreeSet<>(CORE);
        String more = system.getProperty(PROPERTY);
        if (more != null) {
            Arrays.stream(more.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(names::add);
        }
        Set<Long> ids = new HashSet<>();
        for (String name : names) {
            Arrays.stream(system.getBundles()).filter(b -> name.equals(b.getSymbolicName()))
                    .mapToLong(Bundle::getBundleId).min().ifPresent(ids::add);
        }
        return new Friends(ids);
    }

    /** The friends the seal took when it started, or, before that, as of now. */
    public static Friends of(BundleContext context) {
        Friends friends = sealed;
        return friends != null ? friends : take(context);
    }

    static void seal(Friends friends) {
        sealed = friends;
    }

    public boolean admits(Bundle bundle) {
        return bundle != null && ids.contains(bundle.getBundleId());
    }

    /** Whether a service with these object classes belongs to the store boundary. */
    static boolean sealed(Object objectClass) {
        if (objectClass instanceof String[] names) {
            for (String name : names) {
                if (name.startsWith(Seal.PACKAGE + ".")) {
                    return true;
                }
            }
        }
        return false;
    }
}

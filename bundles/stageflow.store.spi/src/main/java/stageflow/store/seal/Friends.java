package stageflow.store.seal;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Who may touch the store: the engine (the only writer), the store bundles and the seal itself, each the first
 * bundle installed under its name, so a later bundle that borrows the name of one of them is not let in.
 * The framework property {@value #PROPERTY} (comma-separated symbolic names) adds store bundles to the list.
 */
public final class Friends {
    public static final String PROPERTY = "stageflow.store.friends";
    static final Set<String> CORE = Set.of("stageflow.engine", "stageflow.store.spi", "stageflow.store.mapdb",
            "stageflow.store.postgresql");

    private final BundleContext context;
    private final Set<String> names = new TreeSet<>(CORE);

    public Friends(BundleContext context) {
        this.context = context;
        String more = context.getProperty(PROPERTY);
        if (more != null) {
            Arrays.stream(more.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(names::add);
        }
    }

    public boolean admits(Bundle bundle) {
        if (bundle == null || bundle.getSymbolicName() == null || !names.contains(bundle.getSymbolicName())) {
            return false;
        }
        for (Bundle other : context.getBundles()) {
            if (other.getBundleId() < bundle.getBundleId() && bundle.getSymbolicName().equals(other.getSymbolicName())) {
                return false;
            }
        }
        return true;
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

package stageflow.store.seal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.bundle.Header;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.hooks.resolver.ResolverHook;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.hooks.service.EventListenerHook;
import org.osgi.framework.hooks.service.FindHook;
import org.osgi.framework.hooks.service.ListenerHook.ListenerInfo;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Seals the store boundary with the framework's own hooks (why hooks: docs/architecture.md, "The sealed store"):
 * <ul>
 * <li>resolver hook: only friends wire to {@code stageflow.store.spi} (by import, dynamic import or Require-Bundle),
 * and no other bundle attaches as a fragment to a friend, which would put it inside a friend's class loader;</li>
 * <li>find and event listener hooks: a store service is invisible to every other bundle, and a store service that
 * another bundle registers (to take the real store's place) is invisible to everyone;</li>
 * <li>the store is a service factory (see {@code StoreSeal}) that hands the store to friends only, whatever
 * context asks, wrapped so that the engine can tell it from a store another bundle registers.</li>
 * </ul>
 */
@Header(name = Constants.BUNDLE_ACTIVATOR, value = "${@class}")
public final class Seal implements BundleActivator, ResolverHookFactory, FindHook, EventListenerHook {
    static final String PACKAGE = "stageflow.store.spi";

    private Friends friends;
    private Bundle self;
    private final List<ServiceRegistration<?>> hooks = new ArrayList<>();

    @Override
    public void start(BundleContext context) {
        friends = Friends.take(context);
        Friends.seal(friends);
        self = context.getBundle();
        hooks.add(context.registerService(ResolverHookFactory.class, this, null));
        hooks.add(context.registerService(new String[] { FindHook.class.getName(), EventListenerHook.class.getName() },
                this, null));
        refreshIntruders(context);
    }

    @Override
    public void stop(BundleContext context) {
        hooks.forEach(ServiceRegistration::unregister);
        hooks.clear();
        Friends.seal(null);
    }

    /** A bundle that wired to the boundary before the hooks existed is resolved again, now without it. */
    private void refreshIntruders(BundleContext context) {
        List<Bundle> intruders = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            if (wiring == null || friends.admits(bundle)) {
                continue;
            }
            for (BundleWire wire : wiring.getRequiredWires(null)) {
                if (sealed(wire.getCapability())) {
                    intruders.add(bundle);
                    break;
                }
            }
        }
        if (!intruders.isEmpty()) {
            context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class).refreshBundles(intruders);
        }
    }

    // resolver hook

    @Override
    public ResolverHook begin(Collection<BundleRevision> triggers) {
        return new ResolverHook() {
            @Override
            public void filterMatches(BundleRequirement requirement, Collection<BundleCapability> candidates) {
                // nobody, friends included, wires to a copy of the boundary that another bundle exports
                candidates.removeIf(Seal.this::counterfeit);
                if (!friends.admits(requirement.getRevision().getBundle())) {
                    candidates.removeIf(Seal.this::sealed);
                }
            }

            @Override
            public void filterResolvable(Collection<BundleRevision> candidates) {
                // every bundle may resolve; only its wires to the boundary are filtered
            }

            @Override
            public void filterSingletonCollisions(BundleCapability singleton, Collection<BundleCapability> collisions) {
                // not the seal's concern
            }

            @Override
            public void end() {
                // nothing kept between resolve operations
            }
        };
    }

    /** The boundary's package exported by any bundle but this one. */
    private boolean counterfeit(BundleCapability capability) {
        return PackageNamespace.PACKAGE_NAMESPACE.equals(capability.getNamespace())
                && !capability.getRevision().getBundle().equals(self)
                && String.valueOf(capability.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE)).startsWith(PACKAGE);
    }

    /** The boundary's package or bundle, or a friend as a fragment host. */
    private boolean sealed(BundleCapability capability) {
        Bundle provider = capability.getRevision().getBundle();
        return switch (capability.getNamespace()) {
            case PackageNamespace.PACKAGE_NAMESPACE -> provider.equals(self)
                    && String.valueOf(capability.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))
                            .startsWith(PACKAGE);
            case BundleNamespace.BUNDLE_NAMESPACE -> provider.equals(self);
            case HostNamespace.HOST_NAMESPACE -> friends.admits(provider);
            default -> false;
        };
    }

    // service hooks

    @Override
    public void find(BundleContext context, String name, String filter, boolean allServices,
            Collection<ServiceReference<?>> references) {
        // called for every lookup in the framework: the common case, no store reference, costs one pass
        if (references.stream().noneMatch(ref -> Friends.sealed(ref.getProperty(Constants.OBJECTCLASS)))) {
            return;
        }
        boolean friend = friends.admits(context.getBundle());
        references.removeIf(ref -> Friends.sealed(ref.getProperty(Constants.OBJECTCLASS))
                && (!friend || !friends.admits(ref.getBundle())));
    }

    @Override
    public void event(ServiceEvent event, Map<BundleContext, Collection<ListenerInfo>> listeners) {
        ServiceReference<?> ref = event.getServiceReference();
        if (!Friends.sealed(ref.getProperty(Constants.OBJECTCLASS))) {
            return;
        }
        boolean genuine = friends.admits(ref.getBundle());
        listeners.keySet().removeIf(listener -> !genuine || !friends.admits(listener.getBundle()));
    }
}

package stageflow.phases;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import stageflow.api.Phase;
import stageflow.api.phase.PhasePolicy;

/**
 * A policy for every phase with the defaults of workflow-spec section 3, always there and ranked below everything
 * else: a configured policy ({@link ConfiguredPhasePolicy}) or a third party's takes over for its phase, and when
 * that configuration is deleted the defaults are in force again, with no gap.
 */
@Component(service = {}, immediate = true)
public class DefaultPhasePolicies {
    /** Below a configured policy (0) and any third party's. */
    static final int RANKING = -100;

    private final List<ServiceRegistration<PhasePolicy>> registrations = new ArrayList<>();

    @Activate
    public DefaultPhasePolicies(BundleContext context) {
        for (Phase phase : Phase.values()) {
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put(PhasePolicy.PHASE_PROPERTY, phase.id());
            properties.put(Constants.SERVICE_RANKING, RANKING);
            properties.put(Constants.SERVICE_DESCRIPTION, "defaults of workflow-spec section 3");
            registrations.add(context.registerService(PhasePolicy.class, new Policy(phase,
                    PhaseSettings.defaults(phase)), properties));
        }
    }

    @Deactivate
    void deactivate() {
        registrations.forEach(ServiceRegistration::unregister);
    }
}

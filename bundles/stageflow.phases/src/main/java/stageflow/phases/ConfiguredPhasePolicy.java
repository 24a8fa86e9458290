package stageflow.phases;

import java.util.Hashtable;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

import stageflow.api.Phase;
import stageflow.api.phase.PhasePolicy;

/**
 * One phase's policy from a factory configuration of {@value #FACTORY_PID}, one configuration per phase: the file
 * {@code stageflow.phase-participants.cfg} configures the participants phase (its name says the phase). Settings it
 * does not name keep the defaults of {@link PhaseSettings}. A change applies in place; the service stays. A change
 * with a value that is not a setting (a typo) is refused and logged, and the settings in force stay: a running
 * campaign never falls back to defaults because of a slip in an edited file. The policy is registered by hand,
 * with the {@code phase} property its configuration's name gives.
 */
@Component(service = {}, configurationPid = ConfiguredPhasePolicy.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ConfiguredPhasePolicy.Config.class, factory = true)
public class ConfiguredPhasePolicy {
    static final String FACTORY_PID = "stageflow.phase";
    /** Above the defaults ({@link DefaultPhasePolicies#RANKING}); a third party may rank higher still. */
    static final int RANKING = 0;

    @ObjectClassDefinition(id = FACTORY_PID, name = "Stageflow phase policy",
            description = "What a phase allows (workflow-spec section 3), one configuration per phase, named after"
                    + " it (stageflow.phase-participants.cfg). A setting left out keeps the phase's default.")
    public @interface Config {
        @AttributeDefinition(name = "Deliverable editing", required = false,
                description = "Whether deliverables of influencers in this phase may be added, edited or removed"
                        + " (D-3). Default: yes for candidates, no otherwise.")
        boolean deliverableEditing();

        @AttributeDefinition(name = "Lock override", required = false,
                description = "Whether a locked deliverable may be changed with --override-lock --reason (D-7)."
                        + " Default: no for candidates, yes otherwise.")
        boolean lockOverride();

        @AttributeDefinition(name = "Content binding", required = false,
                description = "Whether published content may be recorded for influencers in this phase (D-8)."
                        + " Default: yes for participants only.")
        boolean contentBinding();

        @AttributeDefinition(name = "Incentive status", required = false,
                description = "The status incentives take when an influencer enters this phase. Default: draft"
                        + " for candidates and dropped, pending for participants, unchanged for complete.",
                options = { @Option(value = "draft"), @Option(value = "pending"), @Option(value = "unchanged") })
        String incentiveStatus();
    }

    private final Policy policy;
    private final ServiceRegistration<PhasePolicy> registration;
    private final Logger logger;

    @Activate
    public ConfiguredPhasePolicy(Map<String, Object> properties, BundleContext context,
            @Reference(service = LoggerFactory.class) Logger logger) {
        this.logger = logger;
        Phase phase = phaseOf(properties);
        policy = new Policy(phase, PhaseSettings.configured(phase, properties));
        Hashtable<String, Object> service = new Hashtable<>();
        service.put(PhasePolicy.PHASE_PROPERTY, phase.id());
        service.put(Constants.SERVICE_RANKING, RANKING);
        service.put(Constants.SERVICE_DESCRIPTION, "configured by " + properties.get(Constants.SERVICE_PID));
        registration = context.registerService(PhasePolicy.class, policy, service);
    }

    @Modified
    void modified(Map<String, Object> properties) {
        try {
            Phase phase = phaseOf(properties);
            if (phase != policy.phase()) {
                throw new IllegalArgumentException("a phase policy configuration cannot change its phase from "
                        + policy.phase().id() + " to " + phase.id());
            }
            policy.settle(PhaseSettings.configured(phase, properties));
        } catch (IllegalArgumentException e) {
            logger.warn("{} refused: {}; the settings in force for phase {} stay until the file is corrected",
                    properties.get(Constants.SERVICE_PID), e.getMessage(), policy.phase().id());
        }
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }

    /** The phase a configuration is for: its name ({@code stageflow.phase~participants}), or its phase property. */
    static Phase phaseOf(Map<String, ?> properties) {
        Object explicit = properties.get(PhasePolicy.PHASE_PROPERTY);
        if (explicit != null) {
            return Phase.fromId(explicit.toString().trim());
        }
        String pid = String.valueOf(properties.get(Constants.SERVICE_PID));
        int tilde = pid.indexOf('~');
        if (tilde < 0) {
            throw new IllegalArgumentException("configuration " + pid + " names no phase; name it after the phase"
                    + " (stageflow.phase-participants.cfg) or set phase=participants");
        }
        return Phase.fromId(pid.substring(tilde + 1));
    }
}

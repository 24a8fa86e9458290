package stageflow.phases;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

import stageflow.api.Phase;
import stageflow.api.phase.PhasePolicy;

/** Participants phase: deliverables are locked (override allowed), content binding is allowed. Defaults: workflow-spec section 3. */
@Component(service = PhasePolicy.class, configurationPid = "stageflow.phase.participants",
        property = PhasePolicy.PHASE_PROPERTY + "=participants")
@Designate(ocd = ParticipantsPhasePolicy.Config.class)
public class ParticipantsPhasePolicy extends ConfiguredPhasePolicy {

    @ObjectClassDefinition(id = "stageflow.phase.participants", name = "Stageflow phase policy: participants",
            description = "Participants phase: deliverables are locked (override allowed), content binding is allowed.")
    public @interface Config {
        @AttributeDefinition(name = "Deliverable editing",
                description = "Whether deliverables of influencers in this phase may be added, edited or removed (D-3).")
        boolean deliverableEditing() default false;

        @AttributeDefinition(name = "Lock override",
                description = "Whether a locked deliverable may be changed with --override-lock --reason (D-7).")
        boolean lockOverride() default true;

        @AttributeDefinition(name = "Content binding",
                description = "Whether published content may be recorded for influencers in this phase (D-8).")
        boolean contentBinding() default true;

        @AttributeDefinition(name = "Incentive status",
                description = "The status incentives take when an influencer enters this phase.",
                options = { @Option(value = "draft"), @Option(value = "pending"), @Option(value = "unchanged") })
        String incentiveStatus() default "pending";
    }

    public ParticipantsPhasePolicy() {
        super(Phase.PARTICIPANTS);
    }

    @Activate
    @Modified
    void configure(Config config) {
        apply(config.deliverableEditing(), config.lockOverride(), config.contentBinding(), config.incentiveStatus());
    }
}

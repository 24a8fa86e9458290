package stageflow.api.phase;

import org.osgi.annotation.versioning.ProviderType;

import stageflow.api.Phase;

/**
 * What a phase allows (workflow-spec section 3, P-2). One service per phase, registered with the service property
 * {@value #PHASE_PROPERTY}; a higher-ranked service for the same phase replaces the default one.
 */
@ProviderType
public interface PhasePolicy {
    String PHASE_PROPERTY = "phase";

    Phase phase();

    /** Whether deliverables of influencers in this phase may be added, edited, removed (D-3). */
    boolean deliverableEditing();

    /** Whether a locked deliverable may be changed with {@code --override-lock --reason} (D-7). */
    boolean lockOverride();

    /** Whether published content may be recorded (content binding, D-8). */
    boolean contentBinding();

    /** The status incentives take when an influencer enters this phase, or null to leave them unchanged. */
    String incentiveStatus();
}

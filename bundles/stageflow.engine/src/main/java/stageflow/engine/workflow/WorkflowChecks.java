package stageflow.engine.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/** What workflow:validate reports: a stored workflow against C-2, C-3, C-9 and C-10, one line per problem. */
public final class WorkflowChecks {
    private WorkflowChecks() {
    }

    /**
     * @param inStage influencers in a stage now, to say how many wait in an unavailable one
     */
    public static List<String> problems(CampaignWorkflow workflow, ToLongFunction<String> inStage) {
        List<String> problems = new ArrayList<>();
        boolean afterComplete = false;
        for (WorkflowStage s : workflow.stages()) {
            if (s.required() && !s.enabled()) {
                problems.add("C-2: required stage '" + s.id() + "' is disabled");
            }
            if (s.linkedWith() != null && workflow.stage(s.linkedWith())
                    .filter(partner -> partner.enabled() != s.enabled()).isPresent()) {
                problems.add("C-3: stage '" + s.id() + "' is " + (s.enabled() ? "enabled" : "disabled")
                        + " but its partner '" + s.linkedWith() + "' is not");
            }
            if (s.custom() && afterComplete && !s.isDropped()) {
                problems.add("C-9: custom stage '" + s.id() + "' stands after complete");
            }
            if (!s.available()) {
                problems.add("C-10: stage '" + s.id() + "' is unavailable (its bundle is not installed); "
                        + inStage.applyAsLong(s.id()) + " influencer(s) wait in it");
            }
            afterComplete |= s.isComplete();
        }
        return problems;
    }
}

package stageflow.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import stageflow.api.dto.Board;
import stageflow.api.dto.StageDetail;
import stageflow.api.dto.StageToggle;
import stageflow.api.stage.StageInfo;

/** Each campaign's workflow (workflow-spec C-), and the stages it can be built from. */
@ProviderType
public interface Workflows {

    /** Enables or disables a stage and its linked partner (C-2, C-3, C-6, C-7); returns every stage that changed. */
    List<StageToggle> setEnabled(String campaign, String stage, boolean enabled, Origin origin);

    /**
     * Inserts a custom stage, provided by an extension bundle now, right after {@code after} (C-6, C-9); its phase
     * follows from its position (P-1). Draft campaigns only (C-7).
     */
    Board insertStage(String campaign, String stage, String after, Origin origin);

    /** Removes a custom stage nobody is in. Draft campaigns only (C-6, C-7). */
    Board removeStage(String campaign, String stage, Origin origin);

    /** Problems of the campaign's workflow, one line each with its rule; empty when it is valid. */
    List<String> validate(String campaign);

    /** Every stage some bundle provides now: the defaults in workflow order, then custom stages by id. */
    List<StageInfo> stages();

    /** One stage with the rules of its phase in force now (the phase policy that wins, P-2). */
    StageDetail stage(String stage);
}

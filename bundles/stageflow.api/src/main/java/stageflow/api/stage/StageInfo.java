package stageflow.api.stage;

/**
 * What the registry knows of a stage that some bundle provides now.
 *
 * @param custom     true for stages other than the 13 defaults
 * @param bundle     symbolic name of the providing bundle
 * @param entryCheck true when the stage's definition implements {@link StageDefinition#refuseEntry}
 * @param autoExit   true when it implements {@link StageDefinition#exitReached}
 */
public record StageInfo(String id, String label, String description, boolean custom, String bundle,
        boolean entryCheck, boolean autoExit) {
}

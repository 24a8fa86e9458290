package stageflow.api.stage;

/**
 * What the registry knows of a stage that some bundle provides now.
 *
 * @param custom true for stages other than the 13 defaults
 * @param bundle symbolic name of the providing bundle
 */
public record StageInfo(String id, String label, String description, boolean custom, String bundle) {
}

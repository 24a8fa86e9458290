/**
 * The 13 default stages of workflow-spec S-1, contributed exactly as a third party contributes a stage: one
 * component with {@code @StageDefinitionProperties} each. Their order, phases and links live in
 * {@link stageflow.api.stage.DefaultStage}.
 */
package stageflow.registry.defaults;

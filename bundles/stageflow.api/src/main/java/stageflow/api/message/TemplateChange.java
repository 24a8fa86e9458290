package stageflow.api.message;

/** What {@link Messages#set} changes; a null field stays as it was. */
public record TemplateChange(String stage, String delivery, Integer days, String subject, String body) {
}

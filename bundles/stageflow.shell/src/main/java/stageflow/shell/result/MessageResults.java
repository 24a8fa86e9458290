package stageflow.shell.result;

import java.util.List;

import stageflow.api.message.MessageView;
import stageflow.api.message.RenderedMessage;
import stageflow.api.message.TemplateView;

/** What the {@code template:} and {@code message:} commands return; rendered as text or JSON in one place each. */
public final class MessageResults {
    private MessageResults() {
    }

    public record TemplateList(String campaign, List<TemplateView> templates) {
    }

    public record TemplateShown(TemplateView template) {
    }

    public record TemplateSet(TemplateView template, boolean dryRun) {
    }

    public record MessagesQueued(List<MessageView> messages, boolean dryRun) {
    }

    public record Preview(String influencer, RenderedMessage message) {
    }

    public record MessageList(List<MessageView> messages) {
    }
}

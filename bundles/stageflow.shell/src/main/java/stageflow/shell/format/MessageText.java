package stageflow.shell.format;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import stageflow.api.message.MessageView;
import stageflow.api.message.TemplateView;
import stageflow.shell.result.MessageResults.MessageList;
import stageflow.shell.result.MessageResults.MessagesQueued;
import stageflow.shell.result.MessageResults.Preview;
import stageflow.shell.result.MessageResults.TemplateList;

/** The template and message scopes' answers as the console shows them. */
final class MessageText {
    private MessageText() {
    }

    static String templates(TemplateList list) {
        List<List<Object>> rows = new ArrayList<>();
        for (TemplateView t : list.templates()) {
            rows.add(List.of(t.id(), t.stage() == null ? "-" : t.stage(), delivery(t), t.subject(),
                    t.isDefault() ? "yes" : "no"));
        }
        return Tables.table(List.of("ID", "STAGE", "DELIVERY", "SUBJECT", "DEFAULT"), rows);
    }

    static String template(TemplateView t) {
        return "template " + t.id() + (t.isDefault() ? " (default)" : "") + "\n"
                + "stage:    " + (t.stage() == null ? "-" : t.stage()) + "\n"
                + "delivery: " + delivery(t) + "\n"
                + "subject:  " + t.subject() + "\n\n" + t.body();
    }

    static String queued(MessagesQueued q) {
        StringBuilder text = new StringBuilder();
        for (MessageView m : q.messages()) {
            text.append(text.length() == 0 ? "" : "\n").append("queued ").append(m.id()).append(" to ")
                    .append(m.influencer()).append(" <").append(m.to()).append(">: ").append(m.subject());
        }
        return text + TextFormat.dryRun(q.dryRun());
    }

    static String preview(Preview p) {
        return "to:      " + (p.message().to() == null ? "(no address)" : p.message().to()) + "\n"
                + "subject: " + p.message().subject() + "\n\n" + p.message().body();
    }

    static String messages(MessageList list) {
        if (list.messages().isEmpty()) {
            return "(no messages)";
        }
        List<List<Object>> rows = new ArrayList<>();
        for (MessageView m : list.messages()) {
            rows.add(List.of(m.id(), m.template(), m.influencer(), m.to() == null ? "-" : m.to(), m.subject(),
                    m.status(), m.attempts(), Instant.ofEpochMilli(m.time()).toString(),
                    m.error() == null ? "" : m.error()));
        }
        return Tables.table(List.of("ID", "TEMPLATE", "INFLUENCER", "TO", "SUBJECT", "STATUS", "ATTEMPTS", "TIME",
                "ERROR"), rows);
    }

    private static String delivery(TemplateView t) {
        return t.delivery().equals("date-based") ? t.delivery() + " (" + (t.days() >= 0 ? "+" : "") + t.days()
                + " days)" : t.delivery();
    }
}

package stageflow.shell.format;

import java.time.Instant;

import com.google.gson.JsonObject;

import stageflow.api.message.MessageView;
import stageflow.api.message.TemplateView;

/** Templates and messages as {@code --json} prints them (docs/commands.md, scopes template and message). */
final class MessageJson {
    private MessageJson() {
    }

    static JsonObject template(TemplateView t) {
        JsonObject o = new JsonObject();
        o.addProperty("id", t.id());
        o.addProperty("stage", t.stage());
        o.addProperty("delivery", t.delivery());
        o.addProperty("days", t.days());
        o.addProperty("subject", t.subject());
        o.addProperty("body", t.body());
        o.addProperty("default", t.isDefault());
        return o;
    }

    static JsonObject message(MessageView m) {
        JsonObject o = new JsonObject();
        o.addProperty("id", m.id());
        o.addProperty("template", m.template());
        o.addProperty("influencer", m.influencer());
        o.addProperty("to", m.to());
        o.addProperty("subject", m.subject());
        o.addProperty("status", m.status());
        o.addProperty("attempts", m.attempts());
        o.addProperty("time", Instant.ofEpochMilli(m.time()).toString());
        o.addProperty("error", m.error());
        return o;
    }
}

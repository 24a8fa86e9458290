package stageflow.engine.message;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;

import stageflow.api.WorkflowException;

/**
 * M-3's merge fields, rendered by JMustache: {@code {{first_name}}} and the others below, and sections such as
 * {@code {{#due_date}}...{{/due_date}}} that show only when the field has a value. A template naming a field that is
 * not one of these is refused when it is set, so an influencer never receives a blank where a name should be.
 * Mail is plain text: nothing is HTML-escaped.
 */
public final class MergeFields {
    /** Every field a template may name, in the order the help lists them. */
    public static final List<String> FIELDS = List.of("first_name", "last_name", "name", "email", "influencer_id",
            "campaign", "stage", "due_date");

    private static final Mustache.Compiler COMPILER = Mustache.compiler().escapeHTML(false).defaultValue("")
            .emptyStringIsFalse(true);

    /**
     * Templates compiled once: a bulk move renders the same template for every influencer it moves. A compiled
     * template is immutable and safe to share between threads; the few most recent are kept.
     */
    private static final Map<String, Template> COMPILED = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Template> eldest) {
                    return size() > 256;
                }
            });

    private MergeFields() {
    }

    /** Refuses text that does not parse, includes a partial, or names a field outside {@link #FIELDS}. */
    public static void check(String what, String text) {
        Template template = compile(what, text);
        List<String> unknown = new ArrayList<>();
        template.visit(new Mustache.Visitor() {
            @Override
            public void visitText(String text) {
            }

            @Override
            public void visitVariable(String name) {
                known(name);
            }

            @Override
            public boolean visitInclude(String name) {
                unknown.add(">" + name);
                return false;
            }

            @Override
            public boolean visitSection(String name) {
                known(name);
                return true;
            }

            @Override
            public boolean visitInvertedSection(String name) {
                known(name);
                return true;
            }

            private void known(String name) {
                if (!FIELDS.contains(name) && !unknown.contains(name)) {
                    unknown.add(name);
                }
            }
        });
        if (!unknown.isEmpty()) {
            throw WorkflowException.refused("M-3", "unknown merge field " + String.join(", ", unknown.stream()
                    .map(n -> "{{" + n + "}}").toList()) + " in the " + what + "; fields are " + String.join(", ",
                            FIELDS.stream().map(n -> "{{" + n + "}}").toList()));
        }
    }

    /** The text with the fields filled in; a field without a value renders empty. */
    public static String render(String text, Map<String, String> fields) {
        return compile("template", text).execute(fields);
    }

    /** The fields of one influencer, from what the store knows of them. */
    public static Map<String, String> of(String influencerId, String name, String email, String campaign,
            String stage, String dueDate) {
        Map<String, String> fields = new LinkedHashMap<>();
        String full = name == null || name.isBlank() ? influencerId : name.trim();
        int space = full.indexOf(' ');
        fields.put("first_name", space < 0 ? full : full.substring(0, space));
        fields.put("last_name", space < 0 ? "" : full.substring(space + 1).trim());
        fields.put("name", full);
        fields.put("email", email == null ? "" : email);
        fields.put("influencer_id", influencerId);
        fields.put("campaign", campaign);
        fields.put("stage", stage);
        fields.put("due_date", dueDate == null ? "" : dueDate);
        return fields;
    }

    private static Template compile(String what, String text) {
        Template known = COMPILED.get(text);
        if (known != null) {
            return known;
        }
        try {
            Template template = COMPILER.compile(text);
            COMPILED.put(text, template);
            return template;
        } catch (MustacheException e) {
            throw WorkflowException.refused("M-3", "the " + what + " is not a valid template: " + oneLine(e
                    .getMessage()) + "; merge fields look like {{first_name}}");
        }
    }

    private static String oneLine(String message) {
        String line = message == null ? "parse error" : message.replaceAll("\\s+", " ").trim();
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }
}

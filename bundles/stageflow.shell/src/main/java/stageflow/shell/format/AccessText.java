package stageflow.shell.format;

import java.util.ArrayList;
import java.util.List;

import stageflow.shell.result.Results.AccessChanged;
import stageflow.shell.result.Results.AccessList;

/** The access scope's answers as the console shows them. */
final class AccessText {
    private AccessText() {
    }

    static String changed(AccessChanged c) {
        String what = c.key() == null ? "every key of " + c.user() : c.key() + " of " + c.user();
        String after = c.grant() == null ? c.user() + " has no access left"
                : c.user() + " is " + c.grant().role().id() + " with " + c.grant().keys().size() + " key(s)";
        return c.verb() + " " + what + ": " + after + TextFormat.dryRun(c.dryRun());
    }

    static String list(AccessList list) {
        if (list.grants().isEmpty()) {
            return "(nobody: only the data directory's administrator; access:grant adds users)";
        }
        List<List<Object>> rows = new ArrayList<>();
        list.grants().forEach(g -> g.keys().forEach(k -> rows.add(List.of(g.user(), g.role().id(), k))));
        return Tables.table(List.of("USER", "ROLE", "KEY"), rows);
    }
}

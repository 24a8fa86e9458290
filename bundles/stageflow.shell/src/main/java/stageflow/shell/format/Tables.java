package stageflow.shell.format;

import java.util.List;
import java.util.stream.Collectors;

import com.github.freva.asciitable.AsciiTable;
import com.github.freva.asciitable.Column;
import com.github.freva.asciitable.HorizontalAlign;

/** Console tables: a header row and aligned columns, no borders, so the output also reads well in a log. */
final class Tables {

    private Tables() {
    }

    static String table(List<String> headers, List<List<Object>> rows) {
        if (rows.isEmpty()) {
            return "(none)";
        }
        Column[] columns = headers.stream().map(h -> new Column().header(h).headerAlign(HorizontalAlign.LEFT)
                .dataAlign(HorizontalAlign.LEFT)).toArray(Column[]::new);
        Object[][] data = rows.stream().map(r -> r.stream().map(v -> v == null ? "" : v).toArray()).toArray(Object[][]::new);
        // no trailing spaces: a padded last column would leave them on every row
        return AsciiTable.getTable(AsciiTable.NO_BORDERS, columns, data).lines().map(String::stripTrailing)
                .collect(Collectors.joining("\n"));
    }
}

package stageflow.shell.command;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import stageflow.api.NewInfluencer;
import stageflow.api.WorkflowException;

/** Reads {@code id[,name,email,...]} CSV files; columns other than these three are ignored. */
final class CsvInfluencers {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setTrim(true).setIgnoreEmptyLines(true).build();

    private CsvInfluencers() {
    }

    static List<NewInfluencer> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = FORMAT.parse(reader)) {
            if (!parser.getHeaderMap().containsKey("id")) {
                throw WorkflowException.invalid(file + " has no 'id' column; the first line must be a header like"
                        + " id,name,email");
            }
            boolean hasName = parser.getHeaderMap().containsKey("name");
            boolean hasEmail = parser.getHeaderMap().containsKey("email");
            List<NewInfluencer> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(new NewInfluencer(record.get("id"), hasName && record.isSet("name") ? record.get("name") : null,
                        hasEmail && record.isSet("email") ? record.get("email") : null));
            }
            return rows;
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw WorkflowException.invalid(file + " is not valid CSV: " + firstLine(e.getMessage()));
        } catch (IOException e) {
            // MalformedInputException (not UTF-8) has no message; its class name says what is wrong
            throw WorkflowException.invalid("cannot read " + file + " (" + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : firstLine(e.getMessage())) + "); give the path of a UTF-8 CSV"
                    + " file");
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }
}

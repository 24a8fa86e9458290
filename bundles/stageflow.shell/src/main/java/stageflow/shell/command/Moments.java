package stageflow.shell.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import stageflow.api.Ids;
import stageflow.api.WorkflowException;

/** Moments as operators type them: a day ({@code 2026-11-01}, UTC like every stored time) or an ISO instant. */
final class Moments {
    private Moments() {
    }

    /** Epoch milliseconds; a day is its start, or its end when {@code endOfDay} (so "--to 2026-11-01" includes it). */
    static Long at(String option, String text, boolean endOfDay) {
        if (given(text) == null) {
            return null;
        }
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            return Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw WorkflowException.invalid(option + " '" + Ids.shorten(text) + "' is not a day (yyyy-mm-dd) or an"
                    + " instant (2026-11-01T09:30:00Z)");
        }
    }

    /** An option given empty counts as not given. */
    static String given(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}

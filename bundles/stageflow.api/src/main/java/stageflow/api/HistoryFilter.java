package stageflow.api;

/**
 * Which journal entries a history shows (issue 14: by time range, cause and actor); a null field does not filter.
 *
 * @param from  epoch milliseconds, inclusive
 * @param to    epoch milliseconds, exclusive
 * @param cause a cause ({@code manual}, {@code auto:shipping}), or its kind before the colon ({@code auto},
 *              {@code deliverable}) for all of that kind
 * @param actor who made the change
 */
public record HistoryFilter(Long from, Long to, String cause, String actor) {
    public static final HistoryFilter ALL = new HistoryFilter(null, null, null, null);

    public HistoryFilter {
        if (from != null && to != null && from >= to) {
            throw WorkflowException.invalid("the time range ends before it starts; --since comes before --until");
        }
    }

    /** Whether an entry of this time, cause and actor is shown. */
    public boolean shows(long time, String entryCause, String entryActor) {
        return (from == null || time >= from) && (to == null || time < to)
                && (cause == null || cause.equals(entryCause) || (entryCause != null
                        && entryCause.startsWith(cause + ":")))
                && (actor == null || actor.equals(entryActor));
    }
}

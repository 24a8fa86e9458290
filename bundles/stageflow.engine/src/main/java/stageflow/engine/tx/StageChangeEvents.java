package stageflow.engine.tx;

import java.util.List;

/**
 * Where the engine tells the stage changes and incentive status changes of a transaction once it has committed
 * (workflow-spec E-2): never before the commit, never for a dry run or a rolled-back command.
 */
public interface StageChangeEvents {
    /** Nobody listens: no labels are looked up and nothing is told. */
    StageChangeEvents NONE = new StageChangeEvents() {
        @Override
        public boolean listening() {
            return false;
        }

        @Override
        public void committed(List<Announced> changes) {
        }
    };

    /** Whether anybody listens now; when not, a transaction's changes are not labelled for telling. */
    boolean listening();

    /** The stage changes of one committed transaction, in journal order. */
    void committed(List<Announced> changes);

    /** The incentive status changes of one committed transaction, in the order they were made. */
    default void committedIncentives(List<IncentiveAnnounced> changes) {
    }

    /**
     * One stage change as committed: its journal entry (with its sequence number) and the labels of the stages
     * as the campaign's workflow names them at that moment.
     */
    record Announced(String campaign, stageflow.store.spi.JournalRecord entry, String currentLabel,
            String previousLabel) {
    }

    /** One incentive as it became ({@code previous} null: just received), by whom and when. */
    record IncentiveAnnounced(String previous, stageflow.store.spi.IncentiveRecord incentive, String actor,
            long time) {
    }
}

package stageflow.store.spi;

/**
 * One stage in a campaign's workflow order.
 *
 * @param label the label remembered for a custom stage, so the board can name it while its bundle is gone
 *              (workflow-spec C-10); null for default stages
 */
public record StageSlot(String stage, boolean enabled, String label) {

    public StageSlot withEnabled(boolean on) {
        return new StageSlot(stage, on, label);
    }
}

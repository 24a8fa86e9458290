package stageflow.store.spi;

/**
 * One journal entry as stored: the store's own record, so the storage format never follows the API's DTOs.
 *
 * @param seq    position in the campaign's journal, from 1, no gaps; assigned by the store on append
 * @param time   epoch milliseconds
 * @param from   the previous stage, or null when the influencer was added or for a campaign-level note
 * @param to     the stage after the change, or null for a campaign-level note
 * @param cause  {@code manual}, {@code auto:<trigger>} or the command that changed a deliverable or data
 * @param reason the operator's reason, or null
 * @param detail what a deliverable or data change changed, or null for stage changes
 */
public record JournalRecord(long seq, long time, String influencer, String from, String to, String cause,
        String actor, String reason, String detail) {

    /**
     * The journal of access changes (grants and revocations), kept like a campaign's under a name no campaign can
     * have (campaign ids never hold {@code @}); its entries name the user as {@code influencer}, the roles before
     * and after as {@code from} and {@code to}, and the key in {@code detail}.
     */
    public static final String ACCESS_JOURNAL = "@access";

    /** The same entry at position {@code position} of its journal. */
    public JournalRecord at(long position) {
        return new JournalRecord(position, time, influencer, from, to, cause, actor, reason, detail);
    }
}

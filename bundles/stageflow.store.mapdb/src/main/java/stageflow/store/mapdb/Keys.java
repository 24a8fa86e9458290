package stageflow.store.mapdb;

/**
 * Key layout of the sorted maps. Ids never contain {@code \0} or {@code \1} (their patterns forbid them), so a
 * campaign's keys are exactly the range from {@code prefix} to {@link #end(String)}, and a range read never scans
 * another campaign.
 */
final class Keys {
    static final char SEP = '\0';

    private Keys() {
    }

    static String of(String... parts) {
        return String.join(String.valueOf(SEP), parts);
    }

    /** The prefix of every key under these parts. */
    static String prefix(String... parts) {
        return of(parts) + SEP;
    }

    /** The first key after every key that starts with {@code prefix}. */
    static String end(String prefix) {
        return prefix.substring(0, prefix.length() - 1) + '\1';
    }

    /** The last part of a key. */
    static String last(String key) {
        return key.substring(key.lastIndexOf(SEP) + 1);
    }

    /** A journal sequence number that sorts as text in numeric order. */
    static String seq(long seq) {
        return String.format("%019d", seq);
    }

    static String participation(String campaign, String influencer) {
        return of(campaign, influencer);
    }

    static String stageIndex(String campaign, String stage, String influencer) {
        return of(campaign, stage, influencer);
    }

    static String count(String campaign, String stage) {
        return of("count", campaign, stage);
    }

    static String entered(String campaign, String stage) {
        return of("entered", campaign, stage);
    }

    static String members(String campaign) {
        return of("members", campaign);
    }

    /** Deliverables: owner is the influencer, or empty for the campaign-level list (influencer ids are never empty). */
    static String deliverable(String campaign, String influencer, String id) {
        return of(campaign, influencer == null ? "" : influencer, id);
    }

    static String deliverableOwner(String campaign, String influencer) {
        return prefix(campaign, influencer == null ? "" : influencer);
    }

    static String draft(String campaign, String influencer, String deliverable, int version) {
        return of(campaign, influencer, deliverable, String.format("%010d", version));
    }

    static String deliverableSeq(String campaign) {
        return of("deliverable", campaign);
    }

    /** The last number taken in an endpoint's outbox. */
    static String outbox(String endpoint) {
        return of("outbox", endpoint);
    }

    static String journalSeq(String campaign) {
        return of("journal", campaign);
    }

    /** The last number taken in a campaign's message outbox. */
    static String messageSeq(String campaign) {
        return of("message", campaign);
    }
}

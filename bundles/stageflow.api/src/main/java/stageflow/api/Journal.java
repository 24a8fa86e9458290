package stageflow.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import stageflow.api.dto.JournalEntry;

/** Each campaign's journal: every change appended, never rewritten (workflow-spec E-1). */
@ProviderType
public interface Journal {

    /** The journal of a campaign in order, or of one influencer in it when {@code influencer} is not null. */
    List<JournalEntry> history(String campaign, String influencer);

    /** The same, only the entries {@code filter} shows. */
    List<JournalEntry> history(String campaign, String influencer, HistoryFilter filter);
}

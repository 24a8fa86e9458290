package stageflow.engine.maintenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import stageflow.store.spi.IncentiveRecord;
import stageflow.store.spi.JournalRecord;
import stageflow.store.spi.MessageRecord;
import stageflow.store.spi.CampaignRecord;
import stageflow.store.spi.ParticipationRecord;
import stageflow.store.spi.StageSlot;
import stageflow.store.spi.StoreReader;

/**
 * What every committed operation leaves true, checked against a recount of the stored records: after a crash this
 * says whether anything was half-applied. Pure reading.
 */
public final class StoreInvariants {
    /** Enough to act on; a broken store would otherwise print one line per influencer. */
    static final int MAX_PROBLEMS = 50;

    private StoreInvariants() {
    }

    public static List<String> problems(StoreReader tx) {
        List<String> problems = new ArrayList<>();
        for (CampaignRecord campaign : tx.campaigns()) {
            check(tx, campaign, problems);
            checkMessages(tx, campaign.id(), problems);
            checkIncentives(tx, campaign.id(), problems);
        }
        if (problems.size() > MAX_PROBLEMS) {
            int more = problems.size() - MAX_PROBLEMS;
            List<String> first = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
            first.add("... and " + more + " more");
            return first;
        }
        return problems;
    }

    private static void check(StoreReader tx, CampaignRecord campaign, List<String> problems) {
        String c = campaign.id();
        Set<String> workflow = new TreeSet<>();
        campaign.workflow().stream().map(StageSlot::stage).forEach(workflow::add);
        List<ParticipationRecord> members = tx.participations(c);
        Map<String, List<String>> byStage = new TreeMap<>();
        for (ParticipationRecord p : members) {
            if (!workflow.contains(p.stage())) {
                problems.add(c + ": " + p.influencer() + " stands in " + p.stage() + ", which is not in the workflow");
            }
            byStage.computeIfAbsent(p.stage(), s -> new ArrayList<>()).add(p.influencer());
        }
        if (tx.members(c) != members.size()) {
            problems.add(c + ": member counter " + tx.members(c) + ", recount " + members.size());
        }
        Set<String> stages = new TreeSet<>(workflow);
        stages.addAll(byStage.keySet());
        for (String stage : stages) {
            List<String> in = byStage.getOrDefault(stage, List.of());
            if (tx.count(c, stage) != in.size()) {
                problems.add(c + ": counter of " + stage + " is " + tx.count(c, stage) + ", recount " + in.size());
            }
            if (!tx.influencersIn(c, stage).equals(in)) {
                problems.add(c + ": stage index of " + stage + " differs from the influencers in it");
            }
            if (tx.entered(c, stage) < in.size()) {
                problems.add(c + ": " + stage + " entered " + tx.entered(c, stage) + " times, yet " + in.size()
                        + " are in it");
            }
        }
        Map<String, String> journalEnds = new HashMap<>();
        for (JournalRecord e : tx.journal(c, null)) {
            if (e.influencer() != null && e.to() != null) {
                journalEnds.put(e.influencer(), e.to());
            }
        }
        for (ParticipationRecord p : members) {
            String end = journalEnds.get(p.influencer());
            if (!p.stage().equals(end)) {
                problems.add(c + ": " + p.influencer() + " stands in " + p.stage() + " but the journal ends in "
                        + end);
            }
        }
        if (journalEnds.size() != members.size()) {
            journalEnds.keySet().stream().filter(i -> tx.participation(c, i).isEmpty()).forEach(i ->
                    problems.add(c + ": the journal names " + i + ", who is not in the campaign"));
        }
    }

    /** The queued index holds exactly the queued messages; every automatic message has its once-mark (M-3). */
    private static void checkMessages(StoreReader tx, String c, List<String> problems) {
        List<MessageRecord> messages = tx.messages(c, null);
        List<String> queued = messages.stream().filter(m -> m.status().equals(MessageRecord.QUEUED))
                .map(MessageRecord::id).toList();
        if (!tx.queuedMessages(c, Integer.MAX_VALUE).stream().map(MessageRecord::id).toList().equals(queued)) {
            problems.add(c + ": the queued-message index differs from the queued messages");
        }
        messages.stream().filter(m -> !m.trigger().equals(MessageRecord.MANUAL))
                .filter(m -> !tx.triggered(c, m.influencer(), m.template()))
                .forEach(m -> problems.add(c + ": " + m.id() + " (" + m.template() + " to " + m.influencer()
                        + ") was queued automatically but is not marked sent once"));
    }

    /** I-2: an unsettled incentive is ready exactly while its influencer stands in its linked payment stage. */
    private static void checkIncentives(StoreReader tx, String c, List<String> problems) {
        for (ParticipationRecord p : tx.participations(c)) {
            for (IncentiveRecord i : tx.incentives(c, p.influencer())) {
                boolean settled = i.status().equals("fulfilled") || i.status().equals("rejected");
                boolean inStage = i.stage() != null && i.stage().equals(p.stage());
                if (!settled && inStage != i.status().equals("ready")) {
                    problems.add(c + ": " + p.influencer() + "'s " + i.id() + " is " + i.status() + " while they stand"
                            + " in " + p.stage());
                }
            }
        }
    }
}

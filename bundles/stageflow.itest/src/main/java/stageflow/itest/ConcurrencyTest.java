package stageflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

import stageflow.api.Deliverables;
import stageflow.api.Influencers;
import stageflow.api.Journal;
import stageflow.api.StoreMaintenance;
import stageflow.api.dto.BulkResult;
import stageflow.api.dto.DeliverableView;
import stageflow.api.dto.JournalEntry;

/**
 * Issue 5, concurrency: Gogo sessions on parallel threads (each its own CommandSession, as remote consoles would
 * be) promote, move and edit in the same campaign. No update is lost and the store stays consistent.
 */
@ExtendWith(ServiceExtension.class)
class ConcurrencyTest {
    private static final int SESSIONS = 4;
    private static final int ROUNDS = 25;
    private static final int OWN = 20;

    @InjectService
    CommandProcessor processor;

    @InjectService
    Influencers influencers;

    @InjectService
    Deliverables deliverables;

    @InjectService
    Journal journal;

    @InjectService
    StoreMaintenance maintenance;

    @Test
    @DisplayName("parallel sessions: every move journaled once, every edit of one shared influencer kept, store consistent")
    void parallelSessions() throws Exception {
        String c = Shell.uniqueId("conc");
        Shell.run(processor, "campaign:create " + c);
        Shell.run(processor, "influencer:add " + c + " shared");
        for (int s = 0; s < SESSIONS; s++) {
            Shell.run(processor, "influencer:add " + c + " " + own(s));
        }
        CyclicBarrier start = new CyclicBarrier(SESSIONS);
        ExecutorService threads = Executors.newFixedThreadPool(SESSIONS);
        List<Future<Integer>> moves = new ArrayList<>();
        for (int s = 0; s < SESSIONS; s++) {
            int session = s;
            moves.add(threads.submit((Callable<Integer>) () -> work(c, session, start)));
        }
        int reported = 0;
        for (Future<Integer> f : moves) {
            reported += f.get(5, TimeUnit.MINUTES);
        }
        threads.shutdown();

        assertThat(maintenance.check()).as("store:check").isEmpty();
        Map<String, String> data = influencers.data(c, "shared");
        assertThat(data).as("no lost update on the shared influencer").hasSize(SESSIONS * ROUNDS);
        List<DeliverableView> shared = deliverables.list(c, "shared");
        assertThat(shared).hasSize(SESSIONS * ROUNDS);
        assertThat(shared.stream().map(DeliverableView::id).distinct()).hasSize(SESSIONS * ROUNDS);
        long journaledMoves = journal.history(c, null).stream()
                .filter(e -> e.from() != null && e.to() != null && !e.from().equals(e.to())).count();
        assertThat(journaledMoves).as("every reported move journaled exactly once").isEqualTo(reported);
        assertThat(journal.history(c, null)).extracting(JournalEntry::seq).doesNotHaveDuplicates();
    }

    private static String own(int session) {
        return IntStream.range(0, OWN).mapToObj(i -> "s" + session + "-" + i).collect(Collectors.joining(" "));
    }

    /** One session's work; returns how many stage changes its commands reported. */
    private int work(String c, int s, CyclicBarrier start) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int moved = 0;
        try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
                CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]), print,
                        print)) {
            start.await(1, TimeUnit.MINUTES);
            for (int round = 0; round < ROUNDS; round++) {
                moved += changes(session.execute("influencer:promote " + c + " " + own(s)));
                moved += changes(session.execute("influencer:move " + c + " candidates " + own(s)));
                session.execute("influencer:data " + c + " shared \"s" + s + ".r" + round + "=" + round + "\"");
                session.execute("deliverable:assign " + c + " shared content --content-type instagram --count 1");
                session.execute("campaign:show " + c);
            }
        }
        return moved;
    }

    /** The moves a bulk command reports: commands answer with values, here the BulkResult. */
    private static int changes(Object result) {
        return ((BulkResult) result).changed().size();
    }
}

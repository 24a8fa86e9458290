package stageflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.util.tracker.ServiceTracker;

import stageflow.api.NewInfluencer;
import stageflow.api.Origin;
import stageflow.api.Selection;
import stageflow.api.Workflow;
import stageflow.api.dto.JournalEntry;

@ExtendWith(BundleContextExtension.class)
class StoreRestartTest {

    @InjectBundleContext
    BundleContext context;

    private Workflow workflow(ServiceTracker<Workflow, Workflow> tracker) throws InterruptedException {
        Workflow w = tracker.waitForService(Duration.ofSeconds(10).toMillis());
        assertThat(w).as("Workflow service").isNotNull();
        return w;
    }

    @Test
    @DisplayName("store contents survive a restart of the store bundle: the database is closed and reopened from disk")
    void survivesRestart() throws Exception {
        String campaign = Shell.uniqueId("restart");
        Origin op = Origin.operator("itest");
        ServiceTracker<Workflow, Workflow> tracker = new ServiceTracker<>(context, Workflow.class, null);
        tracker.open();
        try {
            Workflow before = workflow(tracker);
            before.createCampaign(campaign, "Restart", op);
            before.add(campaign, List.of(NewInfluencer.of("ana"), NewInfluencer.of("ben")), op, null);
            before.promote(campaign, Selection.of("ana"), op);

            Bundle store = List.of(context.getBundles()).stream()
                    .filter(b -> b.getSymbolicName().equals("stageflow.store.mapdb")).findFirst().orElseThrow();
            store.stop();
            Await.until("Workflow gone with its store", Duration.ofSeconds(10), () -> tracker.getService() == null);
            store.start();

            Workflow after = workflow(tracker);
            assertThat(after.influencer(campaign, "ana").stage()).isEqualTo("invited");
            assertThat(after.board(campaign).influencers()).isEqualTo(2);
            assertThat(after.history(campaign, null)).extracting(JournalEntry::to)
                    .containsExactly("candidates", "candidates", "invited");
        } finally {
            tracker.close();
        }
    }
}

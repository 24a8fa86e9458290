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

import stageflow.api.Campaigns;
import stageflow.api.InfluencerMoves;
import stageflow.api.Influencers;
import stageflow.api.Journal;
import stageflow.api.NewInfluencer;
import stageflow.api.Origin;
import stageflow.api.Selection;
import stageflow.api.dto.JournalEntry;

@ExtendWith(BundleContextExtension.class)
class StoreRestartTest {

    @InjectBundleContext
    BundleContext context;

    /** A service of the engine, waiting for it: after the store's restart the engine's services come back. */
    private <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            T service = tracker.waitForService(Duration.ofSeconds(10).toMillis());
            assertThat(service).as(type.getSimpleName() + " service").isNotNull();
            return service;
        } finally {
            tracker.close();
        }
    }

    @Test
    @DisplayName("store contents survive a restart of the store bundle: the database is closed and reopened from disk")
    void survivesRestart() throws Exception {
        String campaign = Shell.uniqueId("restart");
        Origin op = Origin.operator("itest");
        ServiceTracker<Influencers, Influencers> tracker = new ServiceTracker<>(context, Influencers.class, null);
        tracker.open();
        try {
            service(Campaigns.class).create(campaign, "Restart", op);
            service(Influencers.class).add(campaign, List.of(NewInfluencer.of("ana"), NewInfluencer.of("ben")), op,
                    null);
            service(InfluencerMoves.class).promote(campaign, Selection.of("ana"), op);

            Bundle store = List.of(context.getBundles()).stream()
                    .filter(b -> b.getSymbolicName().equals("stageflow.store.mapdb")).findFirst().orElseThrow();
            store.stop();
            Await.until("the engine's services gone with the store", Duration.ofSeconds(10),
                    () -> tracker.getService() == null);
            store.start();

            assertThat(service(Influencers.class).get(campaign, "ana").stage()).isEqualTo("invited");
            assertThat(service(Campaigns.class).board(campaign).influencers()).isEqualTo(2);
            assertThat(service(Journal.class).history(campaign, null)).extracting(JournalEntry::to)
                    .containsExactly("candidates", "candidates", "invited");
        } finally {
            tracker.close();
        }
    }
}

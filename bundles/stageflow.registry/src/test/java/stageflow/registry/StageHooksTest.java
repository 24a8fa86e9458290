package stageflow.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import stageflow.api.stage.InfluencerView;
import stageflow.api.stage.StageDefinition;

class StageHooksTest {
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final StageHooks hooks = new StageHooks(warnings::add);
    private final CountDownLatch release = new CountDownLatch(1);
    private static final InfluencerView ANA = new InfluencerView("c1", "ana", null, null, "applied",
            Map.of("shipping.address", "1 Main St"));

    @AfterEach
    void close() {
        release.countDown();
        hooks.close();
    }

    /** A stage whose hooks answer from the influencer's data. */
    private static final StageDefinition SHIPPING = new StageDefinition() {
        @Override
        public Optional<String> refuseEntry(InfluencerView influencer) {
            return influencer.value("shipping.address").isPresent() ? Optional.empty() : Optional.of("no address");
        }

        @Override
        public boolean exitReached(InfluencerView influencer) {
            return influencer.value("shipping.tracking").isPresent();
        }
    };

    private final StageDefinition throwing = new StageDefinition() {
        @Override
        public Optional<String> refuseEntry(InfluencerView influencer) {
            throw new IllegalStateException("database of the extension is down");
        }

        @Override
        public boolean exitReached(InfluencerView influencer) {
            throw new IllegalStateException("database of the extension is down");
        }
    };

    private final StageDefinition hanging = new StageDefinition() {
        @Override
        public Optional<String> refuseEntry(InfluencerView influencer) {
            awaitRelease();
            return Optional.empty();
        }

        @Override
        public boolean exitReached(InfluencerView influencer) {
            awaitRelease();
            return true;
        }
    };

    private void awaitRelease() {
        try {
            release.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            // cancelled by the time-out: a well-behaved hook stops here; the hang test also covers one that does not
            Thread.currentThread().interrupt();
        }
    }

    @Test
    @DisplayName("C-9: hooks answer from the read-only view")
    void answers() {
        assertThat(hooks.refuseEntry("shipping", SHIPPING, ANA)).isEmpty();
        assertThat(hooks.refuseEntry("shipping", SHIPPING, new InfluencerView("c1", "ben", null, null, "applied",
                Map.of()))).contains("no address");
        assertThat(hooks.exitReached("shipping", SHIPPING, ANA)).isFalse();
        assertThat(warnings).isEmpty();
    }

    @Test
    @DisplayName("a hook that throws counts as no: entry refused with the reason, no exit, and a warning")
    void throwingHook() {
        assertThat(hooks.refuseEntry("legal", throwing, ANA)).hasValueSatisfying(reason -> assertThat(reason)
                .contains("entry check of stage 'legal' failed", "database of the extension is down"));
        assertThat(hooks.exitReached("legal", throwing, ANA)).isFalse();
        assertThat(warnings).hasSize(2).allSatisfy(w -> assertThat(w).contains("stage 'legal'", "counts as no"));
    }

    @Test
    @DisplayName("a hook that hangs counts as no after the limit; while it still hangs, its stage answers no at once")
    void hangingHook() {
        hooks.timeoutMillis(50);
        assertThat(hooks.exitReached("slow", hanging, ANA)).isFalse();
        assertThat(warnings).singleElement().asString().contains("no answer within 50 ms");

        // a hook that ignores the interrupt keeps running after its time-out
        StageDefinition stubborn = new StageDefinition() {
            @Override
            public boolean exitReached(InfluencerView influencer) {
                while (release.getCount() > 0) {
                    Thread.onSpinWait();
                }
                return true;
            }
        };
        assertThat(hooks.exitReached("stubborn", stubborn, ANA)).isFalse();
        // while it runs, the stage is not called again: the answer says so instead of waiting out another limit
        assertThat(hooks.refuseEntry("stubborn", stubborn, ANA)).hasValueSatisfying(reason ->
                assertThat(reason).contains("still running"));

        release.countDown();
        // once the stubborn call has returned, the stage's hooks are asked again
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        boolean answered = false;
        while (!answered && System.nanoTime() < deadline) {
            answered = hooks.exitReached("stubborn", stubborn, ANA);
        }
        assertThat(answered).isTrue();
    }

    @Test
    @DisplayName("the time limit must be positive")
    void limit() {
        hooks.timeoutMillis(250);
        assertThat(hooks.timeoutMillis()).isEqualTo(250);
        assertThatThrownBy(() -> hooks.timeoutMillis(0))
                .hasMessageContaining("1 or more");
    }
}

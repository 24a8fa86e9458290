package stageflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

/** Waiting on a condition with a deadline (60 s), never a sleep and a hope. */
final class Await {
    private Await() {
    }

    interface Check {
        boolean holds() throws Exception;
    }

    static void await(String what, Check condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.holds()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}

package stageflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import stageflow.api.stage.StageInfo;

class StageIndexTest {
    private final StageIndex index = new StageIndex();

    private static StageIndex.Provider provider(long serviceId, int ranking, String id, String label) {
        return new StageIndex.Provider(serviceId, ranking, id, label, "", "bundle." + serviceId, StageObject.none());
    }

    @Test
    @DisplayName("the highest ranking provider of an id wins; on a tie the oldest registration")
    void rankingDecides() {
        index.add(provider(5, 0, "negotiation", "Old"));
        index.add(provider(9, 0, "negotiation", "Newer, same ranking"));
        assertThat(index.stage("negotiation")).map(StageInfo::label).contains("Old");

        index.add(provider(12, 10, "negotiation", "Ranked"));
        assertThat(index.stage("negotiation")).map(StageInfo::label).contains("Ranked");

        index.remove(12);
        assertThat(index.stage("negotiation")).map(StageInfo::label).contains("Old");
    }

    @Test
    @DisplayName("removing the last provider makes the stage unknown")
    void removal() {
        index.add(provider(1, 0, "shipping", "Shipping"));
        index.remove(1);
        assertThat(index.stage("shipping")).isEmpty();
        assertThat(index.stages()).isEmpty();
    }

    @Test
    @DisplayName("ids that break the stage id pattern are refused with a reason")
    void invalidIds() {
        assertThat(index.add(provider(1, 0, "Bad Id", "x"))).get().asString().contains("[a-z0-9-]{1,64}");
        assertThat(index.add(provider(2, 0, "a".repeat(65), "x"))).isPresent();
        assertThat(index.add(provider(3, 0, "no-label", " "))).get().asString().contains("no label");
        assertThat(index.stages()).isEmpty();
    }

    @Test
    @DisplayName("defaults come first in workflow order, custom stages after them by id; custom is derived")
    void order() {
        index.add(provider(1, 0, "zeta", "Zeta"));
        index.add(provider(2, 0, "complete", "Complete"));
        index.add(provider(3, 0, "alpha", "Alpha"));
        index.add(provider(4, 0, "candidates", "Candidates"));
        assertThat(index.stages()).extracting(StageInfo::id).containsExactly("candidates", "complete", "alpha", "zeta");
        assertThat(index.stages()).extracting(StageInfo::custom).containsExactly(false, false, true, true);
    }
}

package stageflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import stageflow.api.stage.InfluencerView;
import stageflow.api.stage.StageDefinition;

class StageObjectTest {
    private final AtomicInteger fetched = new AtomicInteger();

    private StageObject counting(StageDefinition definition) {
        return StageObject.of(() -> {
            fetched.incrementAndGet();
            return definition;
        });
    }

    @Test
    @DisplayName("indexing a provider never fetches its object; the first hook question fetches it, once")
    void fetchedOnceWhenNeeded() {
        StageIndex index = new StageIndex();
        StageObject object = counting(new StageDefinition() {
            @Override
            public boolean exitReached(InfluencerView influencer) {
                return true;
            }
        });
        index.add(new StageIndex.Provider(1, 0, "signing", "Signing", "", "ext", object));
        assertThat(fetched).as("fetched while indexing").hasValue(0);

        assertThat(object.autoExit()).isTrue();
        assertThat(object.entryCheck()).isFalse();
        assertThat(object.definition()).isNotNull();
        assertThat(fetched).as("fetched for three questions").hasValue(1);
    }

    @Test
    @DisplayName("a class that keeps the SPI's defaults has no hooks")
    void noHooks() {
        StageObject object = counting(new StageDefinition() { });
        assertThat(object.entryCheck()).isFalse();
        assertThat(object.autoExit()).isFalse();
    }

    @Test
    @DisplayName("an object that is gone answers no hooks and is fetched again next time")
    void gone() {
        StageObject object = counting(null);
        assertThat(object.entryCheck()).isFalse();
        assertThat(object.definition()).isNull();
        assertThat(fetched).hasValue(2);
    }

    @Test
    @DisplayName("default stage ids never have hooks, whoever provides them")
    void defaultsHaveNone() {
        StageObject object = counting(new StageDefinition() {
            @Override
            public Optional<String> refuseEntry(InfluencerView influencer) {
                return Optional.of("no");
            }
        });
        StageIndex.Provider provider = new StageIndex.Provider(1, 100, "confirmation", "Confirmation", "", "ext",
                object);
        assertThat(provider.entryCheck()).isFalse();
        assertThat(fetched).hasValue(0);
    }
}

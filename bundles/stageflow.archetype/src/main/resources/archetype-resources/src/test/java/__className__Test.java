package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import stageflow.api.stage.InfluencerView;

/** The hooks are plain Java: test them here; test the deployed bundle in a running Stageflow. */
class ${className}Test {
    private final ${className} stage = new ${className}();

    private static InfluencerView influencer(Map<String, String> data) {
        return new InfluencerView("spring", "ana", null, null, "${stageId}", data);
    }

    @Test
    void admitsEveryone() {
        assertEquals(Optional.empty(), stage.refuseEntry(influencer(Map.of())));
    }

    @Test
    void exitsWhenDone() {
        assertFalse(stage.exitReached(influencer(Map.of())));
        assertTrue(stage.exitReached(influencer(Map.of(${className}.DONE, "yes"))));
    }
}

package stageflow.example.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import stageflow.api.dto.DataChange;
import stageflow.api.dto.StageChange;
import stageflow.api.stage.InfluencerView;

/** The stage's hooks are plain Java: an extension author tests them without a framework. */
class ShippingStageTest {
    private final ShippingStage stage = new ShippingStage();

    private static InfluencerView ana(Map<String, String> data) {
        return new InfluencerView("spring", "ana", null, null, "pre-payment", data);
    }

    @Test
    @DisplayName("entry needs a shipping address, and the refusal says how to record one")
    void entry() {
        assertThat(stage.refuseEntry(ana(Map.of()))).hasValue(
                "no shipping address is recorded; record one with shipping:address spring ana <address>");
        assertThat(stage.refuseEntry(ana(Map.of(ShippingStage.ADDRESS, "1 Main St")))).isEmpty();
    }

    @Test
    @DisplayName("the exit condition is a recorded tracking number")
    void exit() {
        assertThat(stage.exitReached(ana(Map.of(ShippingStage.ADDRESS, "1 Main St")))).isFalse();
        assertThat(stage.exitReached(ana(Map.of(ShippingStage.TRACKING, "1Z999")))).isTrue();
    }

    @Test
    @DisplayName("the command's answer names the automatic move")
    void describe() {
        DataChange change = new DataChange("ana", "draft", Map.of(), List.of(new StageChange("ana", "shipping",
                "draft", "auto:shipping")), null, false);
        assertThat(ShippingCommands.describe(change, ShippingStage.TRACKING))
                .isEqualTo("ana: shipping.tracking recorded\nana: shipping -> draft (auto:shipping)");
    }
}

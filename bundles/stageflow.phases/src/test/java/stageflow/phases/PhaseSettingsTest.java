package stageflow.phases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import stageflow.api.Phase;
import stageflow.api.WorkflowException;

class PhaseSettingsTest {

    @Test
    @DisplayName("P-2 the defaults are the table of workflow-spec section 3")
    void defaults() {
        // phase: deliverable editing, lock override, content binding, incentives on entry
        assertThat(PhaseSettings.defaults(Phase.CANDIDATES)).isEqualTo(new PhaseSettings(true, false, false, "draft"));
        assertThat(PhaseSettings.defaults(Phase.PARTICIPANTS)).isEqualTo(new PhaseSettings(false, true, true,
                "pending"));
        assertThat(PhaseSettings.defaults(Phase.COMPLETE)).isEqualTo(new PhaseSettings(false, true, false, null));
        assertThat(PhaseSettings.defaults(Phase.DROPPED)).isEqualTo(new PhaseSettings(false, true, false, "draft"));
    }

    @Test
    @DisplayName("P-2 a configuration changes only what it names; file values arrive as text")
    void overlay() {
        assertThat(PhaseSettings.configured(Phase.PARTICIPANTS, Map.of())).isEqualTo(
                PhaseSettings.defaults(Phase.PARTICIPANTS));
        assertThat(PhaseSettings.configured(Phase.PARTICIPANTS, Map.of("lockOverride", "false")))
                .isEqualTo(new PhaseSettings(false, false, true, "pending"));
        assertThat(PhaseSettings.configured(Phase.CANDIDATES, Map.of("deliverableEditing", false,
                "incentiveStatus", "unchanged"))).isEqualTo(new PhaseSettings(false, false, false, null));
    }

    @Test
    @DisplayName("a misspelt value is refused rather than read as false")
    void refused() {
        assertThatThrownBy(() -> PhaseSettings.configured(Phase.DROPPED, Map.of("lockOverride", "ture")))
                .hasMessageContaining("lockOverride is 'ture'; it is true or false");
        assertThatThrownBy(() -> PhaseSettings.configured(Phase.DROPPED, Map.of("incentiveStatus", "paid")))
                .hasMessageContaining("draft, pending or unchanged");
    }

    @Test
    @DisplayName("a configuration's phase comes from its name, or from its phase property")
    void phaseOfConfiguration() {
        assertThat(ConfiguredPhasePolicy.phaseOf(Map.of("service.pid", "stageflow.phase~participants")))
                .isEqualTo(Phase.PARTICIPANTS);
        assertThat(ConfiguredPhasePolicy.phaseOf(Map.of("service.pid", "stageflow.phase.1234", "phase", "complete")))
                .isEqualTo(Phase.COMPLETE);
        assertThatThrownBy(() -> ConfiguredPhasePolicy.phaseOf(Map.of("service.pid", "stageflow.phase.1234")))
                .hasMessageContaining("names no phase");
        assertThatThrownBy(() -> ConfiguredPhasePolicy.phaseOf(Map.of("service.pid", "stageflow.phase~paid")))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("unknown phase 'paid'");
    }

    @Test
    @DisplayName("the operators' table in runtime-config/README.md shows these defaults, phase by phase")
    void readmeTable() throws Exception {
        String readme = Files.readString(Path.of("../../runtime-config/README.md"));
        Map<String, Function<PhaseSettings, Object>> settings = Map.of(
                "deliverableEditing", PhaseSettings::deliverableEditing,
                "lockOverride", PhaseSettings::lockOverride,
                "contentBinding", PhaseSettings::contentBinding,
                "incentiveStatus", p -> p.incentiveStatus() == null ? "unchanged" : p.incentiveStatus());
        settings.forEach((name, value) -> {
            String row = readme.lines().filter(l -> l.startsWith("| `" + name + "`")).findFirst().orElseThrow();
            List<String> cells = List.of(row.split("\\|")).stream().map(String::trim).toList();
            // | setting | what | candidates | participants | complete | dropped |
            for (Phase phase : Phase.values()) {
                assertThat(cells.get(3 + phase.ordinal())).as(name + " of " + phase.id())
                        .isEqualTo(String.valueOf(value.apply(PhaseSettings.defaults(phase))));
            }
        });
    }
}

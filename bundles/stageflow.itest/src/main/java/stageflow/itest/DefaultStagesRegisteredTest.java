package stageflow.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.context.BundleContextExtension;
import org.osgi.test.junit5.service.ServiceExtension;

import stageflow.api.stage.DefaultStage;
import stageflow.api.stage.StageDefinition;
import stageflow.api.stage.StageInfo;
import stageflow.api.stage.StageRegistry;

@ExtendWith({ BundleContextExtension.class, ServiceExtension.class })
class DefaultStagesRegisteredTest {

    @InjectBundleContext
    BundleContext context;

    @Test
    @DisplayName("S-1 the 13 default stages are StageDefinition services of the registry bundle, declared like any extension's")
    void services() throws Exception {
        List<ServiceReference<StageDefinition>> refs = List.copyOf(context.getServiceReferences(StageDefinition.class, null));
        assertThat(refs).extracting(r -> r.getProperty("stage.id"))
                .containsAll(Arrays.stream(DefaultStage.values()).map(DefaultStage::id).toList());
        assertThat(refs).filteredOn(r -> DefaultStage.isDefault((String) r.getProperty("stage.id")))
                .allSatisfy(r -> assertThat(r.getBundle().getSymbolicName()).isEqualTo("stageflow.registry"));
    }

    @Test
    @DisplayName("S-1 S-2 the registry lists the defaults in workflow order with their fixed labels")
    void registry(@InjectService StageRegistry registry) {
        assertThat(registry.stages()).filteredOn(s -> !s.custom()).extracting(StageInfo::id, StageInfo::label)
                .containsExactlyElementsOf(Arrays.stream(DefaultStage.values())
                        .map(s -> org.assertj.core.groups.Tuple.tuple(s.id(), s.label())).toList());
    }
}

package stageflow.shell.command;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import stageflow.api.access.Role;
import stageflow.api.Workflows;
import stageflow.api.dto.StageDetail;
import stageflow.shell.cli.Roles;
import stageflow.shell.cli.Example;
import stageflow.shell.cli.Scope;
import stageflow.shell.result.Results.StageList;

/** Scope {@code stage}: the stages there are, default and custom. */
@Component(service = {})
@Command(name = "stage")
@Roles(read = Role.VIEWER, change = Role.ADMIN)
public class StageCommands {
    private final Workflows workflows;
    private final Scope scope;

    @Activate
    public StageCommands(@Reference Workflows workflows, BundleContext context) {
        this.workflows = workflows;
        this.scope = Scope.register(context, this);
    }

    @Deactivate
    void deactivate() {
        scope.close();
    }

    @Command(name = "list", description = "list every stage the registry knows: id, label, default/custom, providing"
            + " bundle, available")
    @Example("stage:list")
    public StageList list() {
        return new StageList(workflows.stages());
    }

    @Command(name = "info", description = "describe a stage and the rules of its phase")
    @Example("stage:info confirmation")
    public StageDetail info(@Parameters(paramLabel = "<stage>", description = "stage id") String stage) {
        return workflows.stage(stage);
    }
}

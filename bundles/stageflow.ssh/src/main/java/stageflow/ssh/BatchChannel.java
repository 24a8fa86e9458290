package stageflow.ssh;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;

import org.apache.sshd.server.Environment;
import org.apache.sshd.server.channel.ChannelSession;

import stageflow.api.console.ConsoleUser;
import stageflow.api.console.Consoles;
import stageflow.api.console.Consoles.Batch;

/**
 * {@code ssh <host> '<commands>'}: the commands run as {@code bin/stageflow exec} runs them, and the client gets their
 * output, their one-line errors on stderr and their exit status. A local command that joins the server names its
 * script ({@code STAGEFLOW_SOURCE}) and working directory ({@code STAGEFLOW_CWD}); only the administrator's are
 * taken, a remote user's files are the server's.
 */
final class BatchChannel extends ConsoleChannel {
    static final String SOURCE = "STAGEFLOW_SOURCE";
    static final String DIRECTORY = "STAGEFLOW_CWD";

    private final Consoles consoles;
    private final String commands;

    BatchChannel(ExecutorService threads, Consoles consoles, String commands) {
        super(threads);
        this.consoles = consoles;
        this.commands = commands;
    }

    @Override
    int run(ConsoleUser user, Environment environment) {
        String source = null;
        Path directory = null;
        if (user.administrator()) {
            source = environment.getEnv().get(SOURCE);
            String cwd = environment.getEnv().get(DIRECTORY);
            directory = cwd == null || cwd.isBlank() ? null : Path.of(cwd);
        }
        return consoles.run(user, new Batch(commands, source, directory), out, err);
    }

    @Override
    public void destroy(ChannelSession channel) {
        // the batch runs to its end: each command is all or nothing, whether the client still waits or not
    }
}

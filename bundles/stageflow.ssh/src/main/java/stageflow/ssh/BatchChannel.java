package stageflow.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;

import org.apache.sshd.server.Environment;
import org.apache.sshd.server.channel.ChannelSession;

import stageflow.api.console.ConsoleUser;
import stageflow.api.console.Consoles;
import stageflow.api.console.Consoles.Batch;

/**
 * {@code ssh <host> '<commands>'} (or {@code ssh <host> - < script.gogo}): the commands run as {@code bin/stageflow
 * exec} runs them, and the client gets their output, their one-line errors on stderr and their exit status. A local command that joins the server names its
 * script ({@code STAGEFLOW_SOURCE}) and working directory ({@code STAGEFLOW_CWD}); only the administrator's are
 * taken, a remote user's files are the server's.
 */
final class BatchChannel extends ConsoleChannel {
    static final String SOURCE = "STAGEFLOW_SOURCE";
    static final String DIRECTORY = "STAGEFLOW_CWD";
    /** The command that reads the batch from standard input: {@code ssh <host> - < script.gogo}. */
    static final String STDIN = "-";

    private final Consoles consoles;
    private final String commands;

    BatchChannel(ExecutorService threads, Consoles consoles, String commands) {
        super(threads);
        this.consoles = consoles;
        this.commands = commands;
    }

    @Override
    int run(ConsoleUser user, Environment environment) {
        String source = user.administrator() ? environment.getEnv().get(SOURCE) : null;
        String batch = commands;
        if (commands.strip().equals(STDIN)) {
            // the batch on standard input: a script of any size (a command line has a limit)
            try {
                batch = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return 1; // the client is gone before it sent its script: nothing ran
            }
        }
        return consoles.run(user, new Batch(batch, source, directory(user, environment)), out, err);
    }

    /** The client's working directory, for the data directory's administrator only; null: the server's. */
    static Path directory(ConsoleUser user, Environment environment) {
        String cwd = user.administrator() ? environment.getEnv().get(DIRECTORY) : null;
        return cwd == null || cwd.isBlank() ? null : Path.of(cwd);
    }

    @Override
    public void destroy(ChannelSession channel) {
        // the batch runs to its end: each command is all or nothing, whether the client still waits or not
    }
}

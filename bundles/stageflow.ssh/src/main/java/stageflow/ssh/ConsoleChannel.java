package stageflow.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;

import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

import stageflow.api.console.ConsoleUser;

/**
 * One SSH channel running a console (interactive or a batch): SSHD hands over the streams, then {@code start}
 * must return at once, so the console runs on a thread of its own and reports its exit status when done.
 */
abstract class ConsoleChannel implements Command {
    private final ExecutorService threads;
    InputStream in;
    OutputStream out;
    OutputStream err;
    private ExitCallback exit;

    ConsoleChannel(ExecutorService threads) {
        this.threads = threads;
    }

    /** Runs the console for {@code user}; the exit status. */
    abstract int run(ConsoleUser user, Environment environment);

    @Override
    public void start(ChannelSession channel, Environment environment) {
        ConsoleUser signedIn = channel.getSession().getAttribute(KeyAuthenticator.USER);
        // the authenticator records the user of the key it accepts; the session's user must be that user
        ConsoleUser user = signedIn != null && signedIn.name().equals(channel.getSession().getUsername()) ? signedIn
                : null;
        threads.execute(() -> {
            int status = 1;
            try {
                if (user == null) {
                    err.write("error: this session's user is not the one its key was granted to\n".getBytes(
                            StandardCharsets.UTF_8));
                    return;
                }
                status = run(user, environment);
            } catch (IOException e) {
                // the client is gone
            } finally {
                flush();
                exit.onExit(status);
            }
        });
    }

    private void flush() {
        try {
            out.flush();
            err.flush();
        } catch (IOException e) {
            // the client is gone; its status cannot reach it either
        }
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback exit) {
        this.exit = exit;
    }

    static int number(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

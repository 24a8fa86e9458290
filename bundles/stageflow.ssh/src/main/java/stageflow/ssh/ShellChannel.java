package stageflow.ssh;

import java.util.concurrent.ExecutorService;

import org.apache.sshd.server.Environment;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelSession;

import stageflow.api.console.ConsoleUser;
import stageflow.api.console.Consoles;

/** {@code ssh <host>}: the interactive console on the client's terminal, resized when the client's window is. */
final class ShellChannel extends ConsoleChannel {
    private final Consoles consoles;
    private volatile Consoles.Session session;

    ShellChannel(ExecutorService threads, Consoles consoles) {
        super(threads);
        this.consoles = consoles;
    }

    @Override
    int run(ConsoleUser user, Environment environment) {
        var env = environment.getEnv();
        Consoles.Session console = consoles.open(user, in, out, env.get(Environment.ENV_TERM),
                number(env.get(Environment.ENV_COLUMNS)), number(env.get(Environment.ENV_LINES)),
                BatchChannel.directory(user, environment));
        session = console;
        environment.addSignalListener((channel, signal) -> console.resize(number(env.get(Environment.ENV_COLUMNS)),
                number(env.get(Environment.ENV_LINES))), Signal.WINCH);
        return console.run();
    }

    @Override
    public void destroy(ChannelSession channel) {
        Consoles.Session console = session;
        if (console != null) {
            console.close(); // the connection is gone: the console's read ends, its thread returns
        }
    }
}

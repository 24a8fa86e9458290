package stageflow.console;

import java.io.IOException;
import java.util.function.IntSupplier;

import org.jline.terminal.Size;
import org.jline.terminal.Terminal;

import stageflow.api.console.Consoles;

/** One interactive console on a terminal whose streams another bundle carries (an SSH channel). */
final class RemoteSession implements Consoles.Session {
    private final Terminal terminal;
    private final IntSupplier console;

    RemoteSession(Terminal terminal, IntSupplier console) {
        this.terminal = terminal;
        this.console = console;
    }

    @Override
    public int run() {
        try {
            return console.getAsInt();
        } finally {
            close();
        }
    }

    @Override
    public void resize(int columns, int rows) {
        terminal.setSize(new Size(columns, rows));
        terminal.raise(Terminal.Signal.WINCH);
    }

    @Override
    public void close() {
        try {
            terminal.close();
        } catch (IOException e) {
            // the connection is gone already; nothing is left to release
        }
    }
}

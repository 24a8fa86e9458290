package stageflow.api.console;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Stageflow's console for whoever carries it to a user (the local terminal, the SSH server): the same commands, the
 * same one-line errors and exit status, and the user's role checked for every command in one place.
 */
@ProviderType
public interface Consoles {

    /**
     * Runs commands as {@code bin/stageflow exec} and {@code run} do: one per line or between {@code ;}, results on
     * {@code out}, failures as one line on {@code err}, stopping at the first failure.
     *
     * @return 0 when every command succeeded, else 1
     */
    int run(ConsoleUser user, Batch batch, OutputStream out, OutputStream err);

    /**
     * Commands to run together.
     *
     * @param commands  the text: commands one per line or between {@code ;}, {@code #} comments
     * @param source    the script file's name, which a failure's line names ({@code setup.gogo:3: ...}); null for
     *                  commands given directly
     * @param directory where relative file names in the commands start (the caller's working directory); null for
     *                  the server's
     */
    record Batch(String commands, String source, Path directory) {
        public static Batch of(String commands) {
            return new Batch(commands, null, null);
        }
    }

    /**
     * An interactive console on a terminal whose streams the caller carries: line editing, history, completion,
     * colour where the terminal type has it.
     *
     * @param type      the terminal type ({@code TERM}), or null for a dumb one
     * @param columns   its width, 0 when unknown
     * @param rows      its height, 0 when unknown
     * @param directory where relative file names start (the caller's working directory); null for the server's
     */
    Session open(ConsoleUser user, InputStream in, OutputStream out, String type, int columns, int rows,
            Path directory);

    /** One interactive console. */
    @ProviderType
    interface Session extends AutoCloseable {

        /** Runs until the user leaves ({@code exit}, end of input) or the session is closed; the exit status. */
        int run();

        /** The terminal changed its size. */
        void resize(int columns, int rows);

        /** Ends the session from outside (the connection dropped); {@link #run()} returns. */
        @Override
        void close();
    }
}

package stageflow.console;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;

/**
 * A server's log (mode {@code serve}): {@code <data>/log/stageflow.0.log}, rotated at {@value #LIMIT} bytes through
 * {@value #FILES} files. It receives java.util.logging (where SSHD logs) and the OSGi log (warnings and errors of
 * every bundle, with the stack traces the console never shows). In the other modes nothing is written.
 */
@Component(immediate = true)
public class ServerLog implements LogListener {
    static final int LIMIT = 5 * 1024 * 1024;
    static final int FILES = 5;

    private final LogReaderService reader;
    private final Handler file;

    @Activate
    public ServerLog(@Reference LogReaderService reader, BundleContext context) {
        this.reader = reader;
        if (!"serve".equals(context.getProperty(Launch.MODE))) {
            this.file = null;
            return;
        }
        String data = context.getProperty("stageflow.data");
        Path folder = Path.of(data == null || data.isBlank() ? "data" : data, "log");
        try {
            Files.createDirectories(folder);
            if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                // stack traces name campaigns, influencers and paths: the data directory's owner reads them
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
            file = new FileHandler(folder.resolve("stageflow.%g.log").toString(), LIMIT, FILES, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the server log in " + folder, e);
        }
        file.setFormatter(new OneLine());
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler); // a server's stderr is nobody's screen: everything goes to the file
        }
        root.addHandler(file);
        reader.addLogListener(this);
    }

    @Override
    public void logged(LogEntry entry) {
        if (entry.getLoggerName().startsWith("Events.") && entry.getLogLevel().implies(
                org.osgi.service.log.LogLevel.INFO)) {
            return; // every bundle and service event: noise in a server's log; warnings about them stay
        }
        Level level = switch (entry.getLogLevel()) {
            case AUDIT, ERROR -> Level.SEVERE;
            case WARN -> Level.WARNING;
            case INFO -> Level.INFO;
            default -> Level.FINE;
        };
        Logger.getLogger(entry.getLoggerName()).log(level, entry.getMessage(), entry.getException());
    }

    @Deactivate
    void deactivate() {
        if (file != null) {
            reader.removeLogListener(this);
            Logger.getLogger("").removeHandler(file);
            file.close();
        }
    }

    /** {@code time LEVEL logger: message}, then the stack trace if there is one. */
    static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder().append(Instant.ofEpochMilli(record.getMillis())).append(' ')
                    .append(record.getLevel().getName()).append(' ').append(record.getLoggerName()).append(": ")
                    .append(formatMessage(record)).append('\n');
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}

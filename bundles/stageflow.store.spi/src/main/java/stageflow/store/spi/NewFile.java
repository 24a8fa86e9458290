package stageflow.store.spi;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import stageflow.api.WorkflowException;

/**
 * A file that is written whole or not at all, and never over another: backups and exports. The content is written
 * in a private folder beside the target and published under the target's name only when complete, with a hard
 * link where the file system has them, so a file that appeared meanwhile is never replaced.
 */
public final class NewFile {
    /** Writes the content to the file it is given; that file does not exist yet. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    private NewFile() {
    }

    /**
     * The target, absolute, if it can be created: in an existing folder and not there yet.
     *
     * @param what the kind of file in the refusal ("backup", "export")
     * @throws WorkflowException naming the file and the way forward
     */
    public static Path require(Path target, String what) {
        Path file = target.toAbsolutePath().normalize();
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw WorkflowException.invalid(what + " file " + file + " exists; name a new file");
        }
        if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
            throw WorkflowException.invalid("folder " + file.getParent() + " of the " + what + " file does not exist");
        }
        return file;
    }

    /**
     * Writes a new file.
     *
     * @return the size of the file written, in bytes
     * @throws WorkflowException if the target is not a new file (also when one appeared while writing)
     * @throws IOException if writing failed; nothing is left behind then
     */
    public static long write(Path target, String what, Content content) throws IOException {
        Path file = require(target, what);
        Path folder = Files.createTempDirectory(file.getParent(), "." + file.getFileName() + ".");
        try {
            Path part = folder.resolve(file.getFileName());
            content.writeTo(part);
            publish(part, file, what);
            return Files.size(file);
        } finally {
            deleteTree(folder);
        }
    }

    private static void publish(Path part, Path file, String what) throws IOException {
        try {
            try {
                Files.createLink(file, part);
            } catch (UnsupportedOperationException | FileSystemException e) {
                if (e instanceof FileAlreadyExistsException exists) {
                    throw exists;
                }
                // no hard links here: a plain move, which refuses an existing target too, though not atomically
                Files.move(part, file);
            }
        } catch (FileAlreadyExistsException e) {
            throw WorkflowException.invalid(what + " file " + file + " appeared while it was written; name a new"
                    + " file");
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // the outcome being reported matters more than a leftover hidden folder, which holds no target
        }
    }
}

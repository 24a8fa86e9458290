package stageflow.store.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import stageflow.api.WorkflowException;

/** Backups and exports: whole or not at all, and never over somebody's file. */
class NewFileTest {
    @TempDir
    Path dir;

    private String[] left() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    @DisplayName("a complete file appears under the target name, and nothing else is left beside it")
    void writes() throws IOException {
        long size = NewFile.write(dir.resolve("backup.db"), "backup", f -> Files.writeString(f, "twelve bytes"));
        assertThat(size).isEqualTo(12);
        assertThat(Files.readString(dir.resolve("backup.db"))).isEqualTo("twelve bytes");
        assertThat(left()).containsExactly("backup.db");
    }

    @Test
    @DisplayName("an existing file, or one that appears while writing, is never replaced; a .part file is no one's")
    void neverReplaces() throws IOException {
        Files.writeString(dir.resolve("mine.db"), "mine");
        Files.writeString(dir.resolve("other.db.part"), "somebody's");
        assertThatThrownBy(() -> NewFile.write(dir.resolve("mine.db"), "backup", f -> Files.writeString(f, "x")))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("exists; name a new file");

        Path late = dir.resolve("other.db");
        assertThatThrownBy(() -> NewFile.write(late, "export", f -> {
            Files.writeString(f, "export");
            Files.writeString(late, "appeared meanwhile");
        })).isInstanceOf(WorkflowException.class).hasMessageContaining("appeared while it was written");
        assertThat(Files.readString(late)).isEqualTo("appeared meanwhile");
        assertThat(Files.readString(dir.resolve("mine.db"))).isEqualTo("mine");
        assertThat(Files.readString(dir.resolve("other.db.part"))).isEqualTo("somebody's");
        assertThat(left()).containsExactly("mine.db", "other.db", "other.db.part");
    }

    @Test
    @DisplayName("a failed write leaves nothing: no target, no half file")
    void failureLeavesNothing() {
        assertThatThrownBy(() -> NewFile.write(dir.resolve("x.json"), "export", f -> {
            Files.writeString(f, "half");
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(dir.resolve("x.json")).doesNotExist();
        assertThatThrownBy(() -> NewFile.require(dir.resolve("none/x.json"), "export"))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("does not exist");
    }

    @Test
    @DisplayName("nothing is left after a failure")
    void nothingLeft() throws IOException {
        try {
            NewFile.write(dir.resolve("x.json"), "export", f -> {
                throw new IOException("disk full");
            });
        } catch (IOException expected) {
            // the failure is the point; what matters is what is left
        }
        assertThat(left()).isEmpty();
    }
}

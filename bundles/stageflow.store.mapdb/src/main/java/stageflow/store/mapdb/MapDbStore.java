package stageflow.store.mapdb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import org.mapdb.DB;
import org.mapdb.DBMaker;

import stageflow.api.WorkflowException;
import stageflow.store.spi.NewFile;
import stageflow.store.spi.StoreReader;
import stageflow.store.spi.StoreTransaction;
import stageflow.store.spi.WorkflowStore;

/**
 * The workflow store on one MapDB file with its write-ahead log: a commit is durable, and after a crash MapDB
 * replays the log so the file holds exactly the committed operations. MapDB 3 has one transaction per database, so
 * writers take turns (one operation at a time) and readers never see an uncommitted write.
 */
public class MapDbStore implements WorkflowStore, AutoCloseable {
    static final String DATABASE_FILE = "stageflow.db";
    /** First bytes of every MapDB 3 store file (header 'J', store format 3). */
    private static final byte[] MAPDB_HEADER = { 0x4A, 0x03 };

    private final Path directory;
    private final DataDirectoryLock lock;
    private final DB db;
    private final ReadWriteLock turns = new ReentrantReadWriteLock();

    final StoreMaps maps;

    public MapDbStore(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
        try {
            this.lock = DataDirectoryLock.acquire(this.directory);
        } catch (IOException e) {
            throw new StoreUnavailableException("cannot use data directory " + this.directory + ": " + e.getMessage()
                    + "; check that it exists and is writable, or start with --data <another directory>", e);
        }
        Path file = this.directory.resolve(DATABASE_FILE);
        try {
            requireMapDbHeader(file);
            this.db = open(file);
        } catch (RuntimeException | Error | IOException e) {
            closeQuietly(lock);
            throw new StoreUnavailableException("the database " + this.directory.resolve(DATABASE_FILE)
                    + " cannot be opened (" + e + "); it was left untouched: restore it from a backup or start with"
                    + " --data <another directory>", e);
        }
        maps = StoreMaps.of(db);
        db.commit();
    }

    /**
     * Refuses a file that is not a MapDB store before MapDB sees it: MapDB's volume would first grow such a
     * file with zeros, changing somebody's data while failing to read it.
     */
    private static void requireMapDbHeader(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return;
        }
        byte[] head = new byte[2];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 2) < 2 || head[0] != MAPDB_HEADER[0] || head[1] != MAPDB_HEADER[1]) {
                throw new IOException("not a MapDB store file");
            }
        }
    }

    private static DB open(Path file) {
        // MapDB loads parts of itself through the context class loader (toolchain.md trap 5)
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(MapDbStore.class.getClassLoader());
        try {
            // mmap, not the file channel (issue 5): the channel volume made a commit cheap and flat in the size of
            // the database (bench CommitProbe), but after a SIGKILL MapDB twice failed to reopen a channel-volume
            // database (IndexOutOfBoundsException in recovery, CrashIT); the mmap volume survived every kill.
            // mmap forces the whole mapping at commit, so a commit costs more as the database grows.
            // cleanerHack unmaps on close so the file can be reopened in the same JVM (bundle update)
            return DBMaker.fileDB(file.toFile())
                    .fileMmapEnableIfSupported()
                    .cleanerHackEnable()
                    .transactionEnable()
                    .make();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    public Path directory() {
        return directory;
    }

    @Override
    public <T> T read(Function<StoreReader, T> query) {
        turns.readLock().lock();
        try {
            return query.apply(new MapDbTransaction(this, false));
        } finally {
            turns.readLock().unlock();
        }
    }

    @Override
    public <T> T write(Function<StoreTransaction, T> work) {
        return transact(work, true);
    }

    @Override
    public <T> T simulate(Function<StoreTransaction, T> work) {
        return transact(work, false);
    }

    private <T> T transact(Function<StoreTransaction, T> work, boolean commit) {
        turns.writeLock().lock();
        try {
            MapDbTransaction tx = new MapDbTransaction(this, true);
            T result;
            try {
                result = work.apply(tx);
                tx.flushCounters();
            } catch (RuntimeException | Error e) {
                db.rollback();
                throw e;
            }
            if (commit) {
                commitOrRollBack();
            } else {
                db.rollback();
            }
            return result;
        } finally {
            turns.writeLock().unlock();
        }
    }

    private void commitOrRollBack() {
        try {
            db.commit();
        } catch (RuntimeException e) {
            db.rollback();
            throw new StoreUnavailableException("the change could not be written to " + directory + " (" + e
                    + "); nothing was changed", e);
        }
    }

    @Override
    public long backup(Path target) {
        turns.readLock().lock();
        try {
            return NewFile.write(target, "backup", part -> {
                DB copy = open(part);
                try {
                    maps.copyTo(StoreMaps.of(copy));
                    copy.commit();
                } finally {
                    copy.close();
                }
            });
        } catch (IOException | RuntimeException e) {
            if (e instanceof WorkflowException refusal) {
                throw refusal;
            }
            throw new StoreUnavailableException("the backup to " + target.toAbsolutePath() + " failed ("
                    + e.getMessage() + "); the store is unchanged; check the folder's space and permissions", e);
        } finally {
            turns.readLock().unlock();
        }
    }

    /** Closes the database and releases the directory; a second call does nothing. */
    @Override
    public void close() {
        turns.writeLock().lock();
        try {
            if (db.isClosed()) {
                return;
            }
            db.close();
            closeQuietly(lock);
        } finally {
            turns.writeLock().unlock();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            throw new UncheckedIOException(new IOException("cannot release " + closeable, e));
        }
    }
}

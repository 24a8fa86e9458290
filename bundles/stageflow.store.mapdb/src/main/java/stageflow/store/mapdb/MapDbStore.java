package stageflow.store.mapdb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.NavigableSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.Serializer;

import stageflow.api.store.StoreReader;
import stageflow.api.store.StoreTransaction;
import stageflow.api.store.WorkflowStore;

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

    final BTreeMap<String, byte[]> campaigns;
    final BTreeMap<String, byte[]> participations;
    final BTreeMap<String, byte[]> journal;
    final BTreeMap<String, byte[]> deliverables;
    final BTreeMap<String, byte[]> drafts;
    /** Influencer data, key (campaign, influencer, data key) to value. */
    final BTreeMap<String, String> data;
    final BTreeMap<String, Long> counters;
    final NavigableSet<String> stageIndex;
    final NavigableSet<String> journalIndex;

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
        campaigns = db.treeMap("campaigns", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen();
        participations = db.treeMap("participations", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen();
        journal = db.treeMap("journal", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen();
        deliverables = db.treeMap("deliverables", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen();
        drafts = db.treeMap("drafts", Serializer.STRING, Serializer.BYTE_ARRAY).createOrOpen();
        data = db.treeMap("influencer-data", Serializer.STRING, Serializer.STRING).createOrOpen();
        counters = db.treeMap("counters", Serializer.STRING, Serializer.LONG).createOrOpen();
        stageIndex = db.treeSet("stage-index", Serializer.STRING).createOrOpen();
        journalIndex = db.treeSet("journal-index", Serializer.STRING).createOrOpen();
        db.commit();
    }

    /**
     * Refuses a file that is not a MapDB store before MapDB sees it: MapDB's mmap volume would first grow such a
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
            // mmap: bulk writes ~10x faster than the default volume on this disk (toolchain.md trap 14);
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

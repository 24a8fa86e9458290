package stageflow.api;

import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The store as a whole, for administrators: checks, backups and exports. The store itself is sealed (only the
 * engine writes it); this service is the one way to it from outside the engine.
 */
@ProviderType
public interface StoreMaintenance {

    /**
     * Checks what is stored against what every operation keeps true: each influencer in exactly one stage of its
     * campaign's workflow, per-stage counters and the stage index equal to a recount, and the journal ending, for
     * each influencer, where they stand. Reads a consistent snapshot; changes nothing.
     *
     * @return one line per problem; empty when everything agrees
     */
    List<String> check();

    /**
     * Writes a consistent copy of everything committed to {@code target}, a file that must not exist yet, while the
     * store stays open. Placed as the only file of an empty data directory, Stageflow opens it as it was.
     *
     * @return the size of the copy in bytes
     */
    long backup(Path target);

    /**
     * Writes everything stored as one JSON document to {@code target}, a file that must not exist yet: campaigns by
     * id, influencers by id, journals in order, so two exports of the same content are the same bytes.
     *
     * @return the size of the export in bytes
     */
    long export(Path target);
}

package stageflow.store.spi;

import java.util.List;

/**
 * One user's access to the remote console, as stored.
 *
 * @param user the SSH user name
 * @param role {@code viewer}, {@code operator} or {@code admin}
 * @param keys the user's public keys, in the order they were granted
 */
public record AccessRecord(String user, String role, List<KeyRecord> keys) {
    public AccessRecord {
        keys = List.copyOf(keys);
    }

    /**
     * One public key.
     *
     * @param fingerprint {@code SHA256:...} of the key's blob, as OpenSSH prints it
     * @param publicKey   the OpenSSH public key line it was granted with
     * @param granted     epoch milliseconds
     */
    public record KeyRecord(String fingerprint, String publicKey, long granted) {
    }
}

package stageflow.api.access;

import java.util.List;

/**
 * One user's access to the remote console.
 *
 * @param user the SSH user name
 * @param role what the user may do
 * @param keys the SHA256 fingerprints of the user's public keys ({@code SHA256:...}, as {@code ssh-keygen -l}
 *             prints them), in the order they were granted
 */
public record Grant(String user, Role role, List<String> keys) {
    public Grant {
        keys = List.copyOf(keys);
    }
}

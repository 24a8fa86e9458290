package stageflow.api.access;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import stageflow.api.Origin;
import stageflow.api.dto.JournalEntry;

/**
 * Who may use the remote console with which key and role (workflow-spec X-), stored with everything else and
 * journaled: every grant and revocation is an entry naming its actor.
 */
@ProviderType
public interface Access {

    /**
     * Grants {@code user} the role, with one more public key (a user may have several). A user granted before
     * takes the new role for all their keys.
     *
     * @param publicKey one OpenSSH public key line ({@code ssh-ed25519 AAAA... comment})
     * @throws stageflow.api.WorkflowException for a malformed user name or key, or a key another user holds
     */
    Grant grant(String user, Role role, String publicKey, Origin origin);

    /**
     * Revokes one key of {@code user} ({@code fingerprint}), or all of them when it is null; a user without keys has
     * no access left. A session of that key is refused at its next command.
     *
     * @return what is left of the grant, empty when nothing is
     */
    Optional<Grant> revoke(String user, String fingerprint, Origin origin);

    /** Every grant, by user name. */
    List<Grant> list();

    /** The grant of {@code user} if it holds the key of this fingerprint; asked for every command of a session. */
    Optional<Grant> find(String user, String fingerprint);

    /** Every grant and revocation, oldest first. */
    List<JournalEntry> history();
}

package stageflow.ssh;

import java.security.PublicKey;
import java.util.Base64;

import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;

import stageflow.api.access.Access;
import stageflow.api.access.PublicKeys;
import stageflow.api.console.ConsoleUser;

/**
 * Public keys only: this run's local administrator key lets in whoever can read the data directory, as
 * administrator under the name they give; any other key must be granted to the user name it comes with.
 * The user is kept on the session; the grant is looked up again for every command.
 */
final class KeyAuthenticator implements PublickeyAuthenticator {
    static final AttributeKey<ConsoleUser> USER = new AttributeKey<>();

    private final PublicKey localAdministrator;
    private final Access access;

    KeyAuthenticator(PublicKey localAdministrator, Access access) {
        this.localAdministrator = localAdministrator;
        this.access = access;
    }

    @Override
    public boolean authenticate(String username, PublicKey key, ServerSession session) {
        if (KeyUtils.compareKeys(localAdministrator, key)) {
            session.setAttribute(USER, ConsoleUser.administrator(username));
            return true;
        }
        String fingerprint = fingerprint(key);
        if (access.find(username, fingerprint).isPresent()) {
            session.setAttribute(USER, ConsoleUser.remote(username, fingerprint));
            return true;
        }
        return false;
    }

    /** The fingerprint access:grant computed from the key's OpenSSH line, here from the key the client presents. */
    static String fingerprint(PublicKey key) {
        String line = PublicKeyEntry.toString(key);
        return PublicKeys.fingerprint(Base64.getDecoder().decode(line.substring(line.indexOf(' ') + 1).strip()));
    }
}

package stageflow.engine.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import stageflow.api.Ids;
import stageflow.api.Origin;
import stageflow.api.WorkflowException;
import stageflow.api.access.Grant;
import stageflow.api.access.Role;
import stageflow.api.access.PublicKeys;
import stageflow.api.access.PublicKeys.PublicKey;
import stageflow.store.spi.AccessRecord;
import stageflow.store.spi.AccessRecord.KeyRecord;
import stageflow.store.spi.JournalRecord;
import stageflow.store.spi.StoreReader;
import stageflow.store.spi.StoreTransaction;

/**
 * Granting and revoking access (workflow-spec X-): a key belongs to one user, a user has one role for all their
 * keys, and every change is a journal entry in the access journal naming who made it.
 */
public final class AccessRules {
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._][A-Za-z0-9._-]{0,63}");

    private AccessRules() {
    }

    public static String user(String user) {
        if (user == null || !USER.matcher(user).matches()) {
            throw WorkflowException.invalid("user name '" + Ids.shorten(String.valueOf(user)) + "' is not valid;"
                    + " use [A-Za-z0-9._-], at most 64, as the user types it in ssh <user>@<host>");
        }
        return user;
    }

    public static Grant grant(StoreTransaction tx, long now, String user, Role role, String line, Origin origin) {
        PublicKey key = PublicKeys.parse(line);
        for (AccessRecord other : tx.accessRecords()) {
            boolean holds = other.keys().stream().anyMatch(k -> k.fingerprint().equals(key.fingerprint()));
            if (holds && !other.user().equals(user)) {
                throw WorkflowException.invalid("key " + key.fingerprint() + " is granted to '" + other.user()
                        + "'; a key names one user: revoke it there first, or give this user their own key");
            }
        }
        Optional<AccessRecord> before = tx.accessRecord(user);
        List<KeyRecord> keys = new ArrayList<>(before.map(AccessRecord::keys).orElse(List.of()));
        boolean known = keys.stream().anyMatch(k -> k.fingerprint().equals(key.fingerprint()));
        String previous = before.map(AccessRecord::role).orElse(null);
        if (known && role.id().equals(previous)) {
            throw WorkflowException.invalid("'" + user + "' already has key " + key.fingerprint() + " as " + role.id()
                    + "; nothing to change");
        }
        if (!known) {
            keys.add(new KeyRecord(key.fingerprint(), line.strip(), now));
        }
        AccessRecord after = new AccessRecord(user, role.id(), keys);
        tx.putAccess(after);
        journal(tx, now, user, previous, role.id(), "access:grant", origin, "key " + key.describe());
        return grant(after);
    }

    public static Optional<Grant> revoke(StoreTransaction tx, long now, String user, String fingerprint,
            Origin origin) {
        AccessRecord before = tx.accessRecord(user).orElseThrow(() -> WorkflowException.invalid("'" + user
                + "' has no access; access:list shows who has"));
        List<KeyRecord> keys = new ArrayList<>(before.keys());
        if (fingerprint != null && !keys.removeIf(k -> k.fingerprint().equals(fingerprint))) {
            throw WorkflowException.invalid("'" + user + "' has no key " + Ids.shorten(fingerprint) + "; access:list"
                    + " shows their keys");
        }
        if (fingerprint == null) {
            keys.clear();
        }
        String detail = fingerprint == null ? "every key" : "key " + fingerprint;
        if (keys.isEmpty()) {
            tx.removeAccess(user);
            journal(tx, now, user, before.role(), null, "access:revoke", origin, detail);
            return Optional.empty();
        }
        AccessRecord after = new AccessRecord(user, before.role(), keys);
        tx.putAccess(after);
        journal(tx, now, user, before.role(), before.role(), "access:revoke", origin, detail);
        return Optional.of(grant(after));
    }

    /** The grant of {@code user} if that user holds the key of {@code fingerprint}. */
    public static Optional<Grant> find(StoreReader tx, String user, String fingerprint) {
        return tx.accessRecord(user).filter(a -> a.keys().stream().anyMatch(k -> k.fingerprint().equals(fingerprint)))
                .map(AccessRules::grant);
    }

    public static Grant grant(AccessRecord record) {
        return new Grant(record.user(), Role.fromId(record.role()),
                record.keys().stream().map(KeyRecord::fingerprint).toList());
    }

    private static void journal(StoreTransaction tx, long now, String user, String from, String to, String cause,
            Origin origin, String detail) {
        tx.append(JournalRecord.ACCESS_JOURNAL, new JournalRecord(0, now, user, from, to, cause, origin.actor(),
                origin.reason(), detail));
    }
}

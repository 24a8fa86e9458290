package stageflow.engine.access;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import stageflow.api.Origin;
import stageflow.api.WorkflowException;
import stageflow.api.access.Access;
import stageflow.api.access.Grant;
import stageflow.api.access.Role;
import stageflow.api.dto.JournalEntry;
import stageflow.api.stage.StageRegistry;
import stageflow.engine.journal.Notes;
import stageflow.engine.tx.Transactions;
import stageflow.store.spi.JournalRecord;
import stageflow.store.spi.WorkflowStore;

/** Access to the remote console, kept in the store and journaled (workflow-spec X-). */
@Component(service = Access.class)
public final class AccessComponent implements Access {
    private final Transactions tx;

    @Activate
    public AccessComponent(@Reference WorkflowStore store, @Reference StageRegistry registry) {
        this(Transactions.sealed(store, registry));
    }

    /** On given transactions: the engine's tests, on the real store without a framework. */
    public AccessComponent(Transactions tx) {
        this.tx = tx;
    }

    @Override
    public Grant grant(String user, Role role, String publicKey, Origin origin) {
        AccessRules.user(user);
        if (role == null) {
            throw WorkflowException.invalid("a grant needs a role: viewer, operator or admin");
        }
        return tx.write(origin, t -> AccessRules.grant(t, tx.now(), user, role, publicKey, origin));
    }

    @Override
    public Optional<Grant> revoke(String user, String fingerprint, Origin origin) {
        AccessRules.user(user);
        return tx.write(origin, t -> AccessRules.revoke(t, tx.now(), user, fingerprint, origin));
    }

    @Override
    public List<Grant> list() {
        return tx.read(t -> t.accessRecords().stream().map(AccessRules::grant).toList());
    }

    @Override
    public Optional<Grant> find(String user, String fingerprint) {
        if (user == null || fingerprint == null) {
            return Optional.empty();
        }
        return tx.read(t -> AccessRules.find(t, user, fingerprint));
    }

    @Override
    public List<JournalEntry> history() {
        return tx.read(t -> t.journal(JournalRecord.ACCESS_JOURNAL, null).stream().map(Notes::entry).toList());
    }
}

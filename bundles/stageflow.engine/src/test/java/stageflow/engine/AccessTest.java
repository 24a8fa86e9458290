package stageflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import stageflow.api.access.Grant;
import stageflow.api.access.Role;
import stageflow.api.dto.JournalEntry;

/** Grants and revocations (workflow-spec X-), on the real store. */
class AccessTest extends EngineFixture {
    /** Keys made by ssh-keygen, with the fingerprints ssh-keygen -l printed for them. */
    static final String ANA_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICwxEaJREyuF2vb8+TnFCvlhBknQ8MYzyl9sGHAgB9fC"
            + " ana@laptop";
    static final String ANA_PRINT = "SHA256:c7b7MQU6BP8joeuq3i7K5rV3/F0CpkTwWwo52BWV7Ec";
    static final String ECDSA_KEY = "ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBAFDJCPL"
            + "nVmXxMA+1L7iilLDrlTqZk41XAxKTrj+kdRn1hBnApa8l5sHgbdEk4nL6Yp49VOuKdDws/sTnNElcsI=";
    static final String ECDSA_PRINT = "SHA256:44oWOR62fWTBsN9p/evZMuRP2SwoxnJSmj03u1pkIHE";

    @Test
    @DisplayName("X-3 a grant names the key by the fingerprint ssh-keygen prints, and is journaled with its actor")
    void grant() {
        Grant grant = access.grant("ana", Role.OPERATOR, ANA_KEY, OP);
        assertThat(grant).isEqualTo(new Grant("ana", Role.OPERATOR, List.of(ANA_PRINT)));
        assertThat(access.find("ana", ANA_PRINT)).contains(grant);
        assertThat(access.find("ben", ANA_PRINT)).as("the key names ana, not whoever presents it").isEmpty();

        access.grant("ana", Role.ADMIN, ECDSA_KEY, OP.because("runs the store"));
        assertThat(access.list()).containsExactly(new Grant("ana", Role.ADMIN, List.of(ANA_PRINT, ECDSA_PRINT)));
        List<JournalEntry> history = access.history();
        assertThat(history).extracting(JournalEntry::cause).containsExactly("access:grant", "access:grant");
        assertThat(history.get(1)).satisfies(e -> {
            assertThat(e.influencer()).isEqualTo("ana");
            assertThat(e.from()).isEqualTo("operator");
            assertThat(e.to()).isEqualTo("admin");
            assertThat(e.actor()).isEqualTo("tester");
            assertThat(e.reason()).isEqualTo("runs the store");
            assertThat(e.detail()).contains(ECDSA_PRINT);
        });
    }

    @Test
    @DisplayName("X-4 revoking a key ends its access; revoking the last key removes the user; both journaled")
    void revoke() {
        access.grant("ana", Role.OPERATOR, ANA_KEY, OP);
        access.grant("ana", Role.OPERATOR, ECDSA_KEY, OP);
        assertThat(access.revoke("ana", ANA_PRINT, OP)).contains(new Grant("ana", Role.OPERATOR, List.of(ECDSA_PRINT)));
        assertThat(access.find("ana", ANA_PRINT)).isEmpty();
        assertThat(access.find("ana", ECDSA_PRINT)).isPresent();
        assertThat(access.revoke("ana", null, OP)).isEmpty();
        assertThat(access.list()).isEmpty();
        assertThat(access.history()).extracting(JournalEntry::cause).endsWith("access:revoke", "access:revoke");
        assertThat(access.history().get(3).to()).as("no role left").isNull();
    }

    @Test
    @DisplayName("bad grants change nothing: malformed key or user, a key of another user, nothing to change")
    void refusals() {
        access.grant("ana", Role.VIEWER, ANA_KEY, OP);
        refused(null, () -> access.grant("ben", Role.VIEWER, ANA_KEY, OP));
        refused(null, () -> access.grant("ana", Role.VIEWER, ANA_KEY, OP));
        refused(null, () -> access.grant("ben", Role.VIEWER, "ssh-ed25519 not-base64!", OP));
        refused(null, () -> access.grant("ben", Role.VIEWER, "ssh-dss AAAAB3NzaC1kc3M=", OP));
        refused(null, () -> access.grant("ben", Role.VIEWER, ECDSA_KEY.replace("ecdsa-sha2-nistp256 ",
                "ssh-ed25519 "), OP));
        refused(null, () -> access.grant("-ben", Role.VIEWER, ECDSA_KEY, OP));
        refused(null, () -> access.revoke("ana", ECDSA_PRINT, OP));
        refused(null, () -> access.revoke("nobody", null, OP));
    }

    @Test
    @DisplayName("a dry run computes the grant and stores nothing; backups and exports carry access")
    void dryRunAndExport() throws Exception {
        assertThat(access.grant("ana", Role.ADMIN, ANA_KEY, OP.dryRun(true)).role()).isEqualTo(Role.ADMIN);
        assertThat(access.list()).isEmpty();
        access.grant("ana", Role.ADMIN, ANA_KEY, OP);
        java.nio.file.Path export = dir.resolveSibling(dir.getFileName() + "-export.json");
        maintenance.export(export);
        assertThat(java.nio.file.Files.readString(export)).contains("\"access\":{\"grants\":[{\"user\":\"ana\"",
                ANA_PRINT, "access:grant");
        java.nio.file.Files.delete(export);
    }
}

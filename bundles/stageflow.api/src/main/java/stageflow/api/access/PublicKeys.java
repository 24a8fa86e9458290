package stageflow.api.access;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;

import stageflow.api.Ids;
import stageflow.api.WorkflowException;

/**
 * OpenSSH public key lines ({@code ssh-ed25519 AAAA... comment}) as the access rules need them: checked for shape,
 * and named by the SHA256 fingerprint OpenSSH prints ({@code ssh-keygen -l}) and SSH servers compute from the key a
 * client presents. No cryptography here: the SSH server verifies signatures; this only names keys.
 */
public final class PublicKeys {
    /** The key types OpenSSH offers today; DSA is gone from OpenSSH and is not taken. */
    public static final Set<String> TYPES = Set.of("ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384",
            "ecdsa-sha2-nistp521", "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com");

    /**
     * One parsed line.
     *
     * @param type        the key type, e.g. {@code ssh-ed25519}
     * @param fingerprint {@code SHA256:} and the unpadded base64 of the SHA-256 of the key blob
     * @param comment     what follows the key, often user@host; empty when none
     */
    public record PublicKey(String type, String fingerprint, String comment) {
        /** The key as a journal entry names it. */
        public String describe() {
            return type + " " + fingerprint + (comment.isEmpty() ? "" : " (" + comment + ")");
        }
    }

    private PublicKeys() {
    }

    public static PublicKey parse(String line) {
        String text = line == null ? "" : line.strip();
        String[] parts = text.split("\\s+", 3);
        if (parts.length < 2 || !TYPES.contains(parts[0])) {
            throw WorkflowException.invalid("'" + Ids.shorten(text) + "' is not an OpenSSH public key line; give"
                    + " the content of a .pub file, e.g. ssh-ed25519 AAAA... user@host (types: ssh-ed25519, ssh-rsa,"
                    + " ecdsa-sha2-nistp256/384/521)");
        }
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(parts[1]);
        } catch (IllegalArgumentException e) {
            throw WorkflowException.invalid("the " + parts[0] + " key is not valid base64; copy the whole line of"
                    + " the .pub file");
        }
        if (!parts[0].equals(embeddedType(blob))) {
            throw WorkflowException.invalid("the key data is not a " + parts[0] + " key; copy the whole line of the"
                    + " .pub file");
        }
        String comment = parts.length > 2 ? parts[2].strip() : "";
        return new PublicKey(parts[0], fingerprint(blob), Ids.text("key comment", comment));
    }

    /** The fingerprint of a key blob, as {@code ssh-keygen -l -E sha256} prints it. */
    public static String fingerprint(byte[] blob) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** A blob starts with its type as an SSH string: a 4-byte length, then the name. */
    private static String embeddedType(byte[] blob) {
        if (blob.length < 4) {
            return null;
        }
        int length = ByteBuffer.wrap(blob, 0, 4).getInt();
        if (length <= 0 || length > blob.length - 4 || length > 64) {
            return null;
        }
        return new String(blob, 4, length, StandardCharsets.US_ASCII);
    }
}

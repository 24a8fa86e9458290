package stageflow.ssh;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

/**
 * The server's files in {@code <data>/ssh}, readable by the data directory's owner only: the host key (kept, so
 * clients see the same key after a restart), and while the server runs, what a local command needs to join it
 * the endpoint, a key made for this run, and the host key as a known_hosts line.
 */
final class ServerFiles {
    static final String HOST_KEY = "host-key";
    static final String LOCAL_KEY = "local-admin-key";
    static final String KNOWN_HOSTS = "known_hosts";
    static final String ENDPOINT = "endpoint";

    private final Path folder;

    ServerFiles(Path data) {
        this.folder = data.resolve("ssh");
    }

    Path folder() {
        return folder;
    }

    SimpleGeneratorHostKeyProvider hostKeys() throws IOException {
        Files.createDirectories(folder);
        ownerOnly(folder, "rwx------");
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(folder.resolve(HOST_KEY));
        keys.setAlgorithm(KeyUtils.EC_ALGORITHM);
        keys.setKeySize(256);
        return keys;
    }

    /** A key pair for this run of the server only; whoever can read the data directory may use it. */
    static KeyPair localAdministratorKey() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    /** Writes what a local command needs to join; the endpoint last, so its presence means the rest is there. */
    void publish(Endpoint bound, PublicKey hostKey, KeyPair local) throws IOException, GeneralSecurityException {
        ownerOnly(folder.resolve(HOST_KEY), "rw-------");
        Path key = folder.resolve(LOCAL_KEY);
        write(key, out -> OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(local, "stageflow local administrator",
                null, out));
        write(folder.resolve(KNOWN_HOSTS), out -> out.write((bound.knownHostsName() + " " + PublicKeyEntry.toString(
                hostKey) + "\n").getBytes(StandardCharsets.US_ASCII)));
        write(folder.resolve(ENDPOINT), out -> out.write((bound.host() + " " + bound.port() + "\n").getBytes(
                StandardCharsets.US_ASCII)));
    }

    /** Takes back what {@link #publish} wrote, but the host key: nobody can join a server that is gone. */
    void withdraw() {
        for (String name : new String[] { ENDPOINT, LOCAL_KEY, KNOWN_HOSTS }) {
            try {
                Files.deleteIfExists(folder.resolve(name));
            } catch (IOException e) {
                // a leftover is harmless: the launcher joins only while the data directory's lock is held
            }
        }
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException, GeneralSecurityException;
    }

    /** Written whole under another name, owner-only from the start, then moved into place. */
    private void write(Path file, Content content) throws IOException, GeneralSecurityException {
        Path part = folder.resolve(file.getFileName() + ".part");
        Files.deleteIfExists(part);
        if (posix()) {
            Files.createFile(part, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        try (OutputStream out = Files.newOutputStream(part)) {
            content.writeTo(out);
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (posix() && Files.exists(path)) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}

package stageflow.e2e;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.PublicKeyEntry;

/** Apache MINA SSHD's client, as a team member's tool would use it: keys, sessions, commands with exit status. */
final class Ssh implements AutoCloseable {
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    record Result(int status, String out, String err) {
    }

    private final SshClient client;
    /** The host key the server presented last. */
    final AtomicReference<PublicKey> hostKey = new AtomicReference<>();

    Ssh() {
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((session, remote, key) -> {
            hostKey.set(key);
            return true;
        });
        client.start();
    }

    static KeyPair newKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    /** The OpenSSH public key line access:grant takes. */
    static String line(KeyPair key) {
        return PublicKeyEntry.toString(key.getPublic());
    }

    /** A signed-in session; the caller closes it. */
    ClientSession session(Server server, String user, KeyPair key) throws Exception {
        ClientSession session = client.connect(user, server.host(), server.port()).verify(TIMEOUT).getSession();
        session.addPublicKeyIdentity(key);
        return signedIn(session);
    }

    /** A session that tries a password, as a client that has no key would. */
    ClientSession sessionWithPassword(Server server, String user, String password) throws Exception {
        return sessionWithPassword(server.host(), server.port(), user, password);
    }

    /** The same, with any SSH server (Apache Karaf's, say). */
    ClientSession sessionWithPassword(String host, int port, String user, String password) throws Exception {
        ClientSession session = client.connect(user, host, port).verify(TIMEOUT).getSession();
        session.addPasswordIdentity(password);
        return signedIn(session);
    }

    /** The session once its identity is accepted; closed when it is not. */
    private static ClientSession signedIn(ClientSession session) throws Exception {
        try {
            session.auth().verify(TIMEOUT);
        } catch (Exception e) {
            session.close();
            throw e;
        }
        return session;
    }

    /** Runs commands in an exec channel of the session: as {@code ssh <host> '<commands>'}. */
    static Result exec(ClientSession session, String commands) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (ChannelExec channel = session.createExecChannel(commands)) {
            channel.setOut(out);
            channel.setErr(err);
            channel.open().verify(TIMEOUT);
            channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED, ClientChannelEvent.EXIT_STATUS), TIMEOUT);
            channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TIMEOUT);
            Integer status = channel.getExitStatus();
            return new Result(status == null ? -1 : status, out.toString(StandardCharsets.UTF_8),
                    err.toString(StandardCharsets.UTF_8));
        }
    }

    /**
     * The interactive console of a session (no terminal: what the user types goes in as lines): types the lines,
     * then {@code exit}, and returns everything the console printed.
     */
    static String shell(ClientSession session, String... lines) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ChannelShell channel = session.createShellChannel()) {
            channel.setOut(out);
            channel.setErr(out);
            channel.setRedirectErrorStream(true);
            StringBuilder input = new StringBuilder();
            for (String line : lines) {
                input.append(line).append('\n');
            }
            channel.setIn(new java.io.ByteArrayInputStream((input + "exit\n").getBytes(StandardCharsets.UTF_8)));
            channel.open().verify(TIMEOUT);
            channel.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), TIMEOUT);
        }
        // the client asks for a terminal (xterm): the console colours, and moves its cursor; only the text counts
        return out.toString(StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;?]*[A-Za-z=>]|\u001B[=>]", "");
    }

    /** One session, one batch of commands. */
    Result exec(Server server, String user, KeyPair key, String commands) throws Exception {
        try (ClientSession session = session(server, user, key)) {
            return exec(session, commands);
        }
    }

    @Override
    public void close() {
        client.stop();
    }
}

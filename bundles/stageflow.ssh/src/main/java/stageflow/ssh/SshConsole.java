package stageflow.ssh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.UserAuthFactory;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import stageflow.api.access.Access;
import stageflow.api.console.Consoles;

/**
 * The remote console (workflow-spec X-): an SSH server on the address of the framework property {@value #ADDRESS}
 * ({@code host:port}, default the loopback address, or {@code off}), public keys only, carrying Stageflow's console
 * to each session. Keys, the local administrator's join files and the host key live in {@code <data>/ssh}.
 */
@Component(immediate = true)
public class SshConsole {
    static final String ADDRESS = "stageflow.ssh";

    private final SshServer server;
    private final ServerFiles files;
    private final ExecutorService threads;

    @Activate
    public SshConsole(@Reference Consoles consoles, @Reference Access access,
            @Reference(service = LoggerFactory.class) Logger logger, BundleContext context) {
        Endpoint endpoint = Endpoint.parse(context.getProperty(ADDRESS));
        String data = context.getProperty("stageflow.data");
        files = new ServerFiles(Path.of(data == null || data.isBlank() ? "data" : data).toAbsolutePath());
        if (endpoint == null) {
            server = null;
            threads = null;
            files.withdraw(); // what a killed server left: nobody is to join a server that is not there
            logger.info("the SSH console is off ({}=off)", ADDRESS);
            return;
        }
        threads = Executors.newCachedThreadPool(run -> {
            Thread thread = new Thread(run, "stageflow-ssh-console");
            thread.setDaemon(true);
            return thread;
        });
        server = SshServer.setUpDefaultServer();
        try {
            KeyPair local = ServerFiles.localAdministratorKey();
            SimpleGeneratorHostKeyProvider hostKeys = files.hostKeys();
            server.setHost(endpoint.host());
            server.setPort(endpoint.port());
            // an operator may think for a while at the prompt; a dead connection still ends at the TCP level
            CoreModuleProperties.IDLE_TIMEOUT.set(server, Duration.ofHours(1));
            server.setKeyPairProvider(hostKeys);
            // public keys only: no password, no keyboard-interactive, not even offered
            server.setUserAuthFactories(List.<UserAuthFactory>of(UserAuthPublicKeyFactory.INSTANCE));
            server.setPasswordAuthenticator(null);
            server.setKeyboardInteractiveAuthenticator(null);
            server.setPublickeyAuthenticator(new KeyAuthenticator(local.getPublic(), access));
            server.setShellFactory(channel -> new ShellChannel(threads, consoles));
            server.setCommandFactory((channel, command) -> new BatchChannel(threads, consoles, command));
            server.start();
            Endpoint bound = new Endpoint(endpoint.host(), server.getPort());
            files.publish(bound, hostKeys.loadKeys(null).iterator().next().getPublic(), local);
            logger.info("the SSH console listens on {}", bound.knownHostsName());
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            stop();
            throw new IllegalStateException("the SSH console cannot listen on " + endpoint.host() + ":"
                    + endpoint.port() + " (" + e.getMessage() + "); free the port or start with --ssh <host:port>"
                    + " or --ssh off", e);
        }
    }

    @Deactivate
    void deactivate() {
        if (server != null) {
            stop();
        }
    }

    private void stop() {
        files.withdraw();
        try {
            server.stop(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            threads.shutdownNow();
        }
    }
}

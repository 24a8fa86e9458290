package stageflow.shell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import picocli.CommandLine.Command;
import stageflow.api.access.Role;

/**
 * The command ACLs of the Karaf feature (bundles/stageflow.karaf) say what the commands' own {@link Roles} say, in
 * Karaf's role names, for every command of every scope: the roles are declared once, on the commands.
 */
class KarafAclTest {
    private static final Path FEATURES = Path.of("../stageflow.karaf/src/main/feature/features.xml");
    private static final String ACL = "org.apache.karaf.command.acl.";

    @Test
    @DisplayName("X-2 in Karaf: each command's ACL entry is its declared role (viewer, manager for operator, admin)")
    void aclsFollowTheDeclaredRoles() throws Exception {
        Map<String, Properties> acls = acls();
        List<Class<?>> scopes = commandClasses();
        assertThat(scopes).as("the shell's scopes").hasSizeGreaterThanOrEqualTo(8);
        assertThat(acls.keySet()).as("one ACL per scope")
                .containsExactlyInAnyOrderElementsOf(scopes.stream().map(Scope::name).toList());
        for (Class<?> scope : scopes) {
            Properties acl = acls.get(Scope.name(scope));
            assertThat(acl.getProperty("*")).as(Scope.name(scope) + ": a command not named is admin-only")
                    .isEqualTo("admin");
            for (Method method : Scope.methods(scope)) {
                String function = method.getAnnotation(Command.class).name();
                boolean changes = List.of(method.getParameterTypes()).contains(Change.class);
                // a command that names a file on the server is for admins, as in Stageflow's own console
                boolean serverFiles = List.of(method.getParameterTypes()).contains(Session.class);
                Role role = serverFiles ? Role.ADMIN : Scope.role(scope, changes);
                assertThat(acl.getProperty(function, acl.getProperty("*"))).as(Scope.name(scope) + ":" + function)
                        .isEqualTo(karaf(role));
            }
            if (!"admin".equals(karaf(Scope.role(scope, false)))) {
                assertThat(acl.getProperty("help")).as(Scope.name(scope) + ":help").isEqualTo("viewer");
            }
        }
    }

    private static String karaf(Role role) {
        return switch (role) {
            case VIEWER -> "viewer";
            case OPERATOR -> "manager";
            case ADMIN -> "admin";
        };
    }

    private static Map<String, Properties> acls() throws Exception {
        NodeList configs = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(FEATURES.toFile())
                .getElementsByTagName("config");
        Map<String, Properties> acls = new TreeMap<>();
        for (int i = 0; i < configs.getLength(); i++) {
            Element config = (Element) configs.item(i);
            String name = config.getAttribute("name");
            if (name.startsWith(ACL)) {
                Properties properties = new Properties();
                properties.load(new StringReader(config.getTextContent()));
                acls.put(name.substring(ACL.length()), properties);
            }
        }
        return acls;
    }

    /** Every commands class of the shell, found in its classes, so a new scope cannot be forgotten here. */
    private static List<Class<?>> commandClasses() throws Exception {
        Path folder = Path.of("target/classes/stageflow/shell/command");
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".class") && !f.contains("$"))
                    .map(f -> load("stageflow.shell.command." + f.substring(0, f.length() - 6)))
                    .filter(c -> c.isAnnotationPresent(Command.class)).sorted((a, b) -> a.getName()
                            .compareTo(b.getName())).<Class<?>>map(c -> c).toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

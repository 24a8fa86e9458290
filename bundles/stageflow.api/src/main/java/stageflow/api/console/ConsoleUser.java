package stageflow.api.console;

/**
 * Who runs a console: the actor of everything it changes (workflow-spec X-3), and what decides the role.
 *
 * @param name the user: the SSH user name, or the system user of a local console
 * @param key  the fingerprint of the key the user signed in with, whose grant gives the role at every command; null
 *             for the data directory's own administrator (a local console, X-4), who may do everything
 */
public record ConsoleUser(String name, String key) {
    /** The session variable that holds the user's name, which the commands record as the actor of a change. */
    public static final String SESSION_VARIABLE = "stageflow.user";
    /**
     * The session variable that says whether the user may name files on the server (a backup, an import): false for
     * users below admin (workflow-spec X-2), whose files are not the server's to read or write.
     */
    public static final String SERVER_FILES_VARIABLE = "stageflow.serverFiles";

    /** The administrator of the data directory: a local console, or a local command joining a server. */
    public static ConsoleUser administrator(String name) {
        return new ConsoleUser(name, null);
    }

    /** A remote user, signed in with the key of this fingerprint. */
    public static ConsoleUser remote(String name, String key) {
        if (key == null) {
            throw new IllegalArgumentException("a remote user signs in with a key");
        }
        return new ConsoleUser(name, key);
    }

    public boolean administrator() {
        return key == null;
    }
}

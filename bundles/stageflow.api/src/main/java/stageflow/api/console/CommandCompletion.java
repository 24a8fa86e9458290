package stageflow.api.console;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Completion of console commands, offered as a service by the bundle that provides the commands (Stageflow's shell
 * for its scopes; an extension may offer one for its own). Every console (local, and remote) asks every provider
 * when the operator presses Tab and shows what they answer together.
 */
@ConsumerType
public interface CommandCompletion {

    /**
     * What the word being typed can become.
     *
     * @param words  the words of the command line, the command's name first; quotes already removed
     * @param index  which of them is being completed (1 or more: the console completes command names itself)
     * @param prefix what is typed of that word so far
     * @return candidates starting with {@code prefix}; empty when this provider does not know the command
     */
    List<Candidate> complete(List<String> words, int index, String prefix);

    /**
     * One completion.
     *
     * @param description a few words shown next to the value, or null
     */
    record Candidate(String value, String description) {
    }
}

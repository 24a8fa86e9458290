package stageflow.e2e;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The interactive console of a real bin/stageflow process, fed through its standard input. The console prints its
 * prompt before reading each command, so the output between two prompts is what one command printed.
 */
final class Console {
    static final String PROMPT = "stageflow> ";
    static final Path HOME = Path.of(System.getProperty("stageflow.home", "../..")).toAbsolutePath().normalize();

    private Console() {
    }

    /** Runs the commands in one console session and returns what each printed, in order. */
    static List<String> session(Path work, List<String> commands) throws IOException, InterruptedException {
        return session(work, commands, Map.of());
    }

    /** The same, with these environment variables for the launcher (STAGEFLOW_FRAMEWORK, say). */
    static List<String> session(Path work, List<String> commands, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(HOME.resolve("bin/stageflow").toString(), "--data",
                work.resolve("data").toString(), "--deploy", work.resolve("deploy").toString())
                .directory(work.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process console = builder.start();
        // stdin on its own thread: the console's output must be read while it is written, or both block
        Thread feeder = new Thread(() -> {
            try (Writer in = new OutputStreamWriter(console.getOutputStream(), StandardCharsets.UTF_8)) {
                for (String command : commands) {
                    in.write(command.replace('\n', ' ') + "\n");
                }
                in.write("exit\n");
            } catch (IOException e) {
                // the console ended early; the output says why
            }
        });
        feeder.start();
        String out = new String(console.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!console.waitFor(5, TimeUnit.MINUTES)) {
            console.destroyForcibly();
            throw new IllegalStateException("console did not end; output: " + out);
        }
        feeder.join();
        String[] parts = out.split(PROMPT, -1);
        List<String> results = new ArrayList<>();
        // parts[0] is the banner, the last part follows the prompt that read "exit"
        for (int i = 1; i < parts.length - 1; i++) {
            results.add(parts[i].strip());
        }
        if (results.size() != commands.size()) {
            throw new IllegalStateException(commands.size() + " commands but " + results.size() + " results: " + out);
        }
        return results;
    }
}

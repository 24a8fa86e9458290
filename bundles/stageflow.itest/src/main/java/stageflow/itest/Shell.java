package stageflow.itest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;

/** Runs a Gogo command as an operator would and returns what the console would show. */
final class Shell {
    private Shell() {
    }

    /** A campaign id no other test uses, so tests share one framework and store without meeting. */
    static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String run(CommandProcessor processor, String command) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
                CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]), print, print)) {
            Object result = session.execute(command);
            print.flush();
            String printed = out.toString(StandardCharsets.UTF_8);
            return printed + (result == null ? "" : session.format(result, Converter.INSPECT));
        }
    }
}

package stageflow.message;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * The SMTP server messages go out through, from {@code runtime-config/stageflow.mail.cfg}. The password is never in
 * that file: {@code passwordFile} names a file holding it (relative to the configuration folder), so the
 * configuration can be shown and shared; it is read when the configuration is, so a new password takes a touch of
 * the .cfg file. A login goes over STARTTLS unless the server is on this machine.
 *
 * @param starttls whether the connection must be upgraded with STARTTLS before anything is sent
 */
public record MailSettings(String host, int port, InternetAddress from, boolean starttls, String username,
        String password, int timeoutSeconds) {

    /** Settings from a configuration's properties; one line saying what is wrong otherwise. */
    public static MailSettings of(Map<String, ?> properties) {
        String host = text(properties, "host");
        if (host == null) {
            throw new IllegalArgumentException("stageflow.mail: host is missing (the SMTP server, e.g."
                    + " host=smtp.example.com)");
        }
        String from = text(properties, "from");
        if (from == null) {
            throw new IllegalArgumentException("stageflow.mail: from is missing (the sender address, e.g."
                    + " from=campaigns@example.com)");
        }
        InternetAddress sender;
        try {
            sender = new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("stageflow.mail: from '" + from + "' is not a mail address");
        }
        int port = number(properties, "port", 25, 1, 65535);
        int timeout = number(properties, "timeoutSeconds", 30, 1, 600);
        boolean starttls = Boolean.parseBoolean(String.valueOf(properties.get("starttls")));
        String username = text(properties, "username");
        String passwordFile = text(properties, "passwordFile");
        String password = passwordFile == null ? null : password(properties, passwordFile);
        if (username != null && password == null) {
            throw new IllegalArgumentException("stageflow.mail: username is set but passwordFile is not (a file"
                    + " holding the password, beside stageflow.mail.cfg)");
        }
        if (username != null && !starttls && !loopback(host)) {
            throw new IllegalArgumentException("stageflow.mail: a login (username) without starttls=true would send"
                    + " the password in clear text; set starttls=true (only a server on this machine may do without)");
        }
        return new MailSettings(host, port, sender, starttls, username, password, timeout);
    }

    private static boolean loopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }

    /** Never the password: settings end up in logs. */
    @Override
    public String toString() {
        return "smtp://" + (username == null ? "" : username + "@") + host + ":" + port + (starttls ? " (STARTTLS)"
                : "") + " from " + from;
    }

    private static String password(Map<String, ?> properties, String file) {
        Path path = Path.of(file);
        Object origin = properties.get("felix.fileinstall.filename");
        if (!path.isAbsolute() && origin != null) {
            path = Path.of(URI.create(origin.toString())).resolveSibling(file);
        }
        try {
            return Files.readString(path, StandardCharsets.UTF_8).strip();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("stageflow.mail: passwordFile " + path + " cannot be read");
        }
    }

    private static String text(Map<String, ?> properties, String key) {
        Object value = properties.get(key);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    private static int number(Map<String, ?> properties, String key, int otherwise, int min, int max) {
        String value = text(properties, key);
        if (value == null) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("stageflow.mail: " + key + " '" + value + "' is not a number from " + min
                + " to " + max);
    }
}

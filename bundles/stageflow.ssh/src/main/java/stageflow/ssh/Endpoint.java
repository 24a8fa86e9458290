package stageflow.ssh;

/**
 * Where the SSH server listens: {@code host:port}, {@code [v6-address]:port}, or {@code off}. The default is the
 * loopback address: a server is reachable from elsewhere only when its operator says so.
 */
record Endpoint(String host, int port) {
    static final String DEFAULT = "127.0.0.1:8101";

    /** The endpoint {@code text} names, or null for {@code off}. */
    static Endpoint parse(String text) {
        String value = text == null || text.isBlank() ? DEFAULT : text.strip();
        if (value.equals("off")) {
            return null;
        }
        int colon = value.lastIndexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new IllegalArgumentException("SSH address '" + value + "' is not host:port (e.g. " + DEFAULT
                    + ") or off");
        }
        String host = value.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(value.substring(colon + 1));
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("SSH port in '" + value + "' is not 0-65535");
        }
        return new Endpoint(host, port);
    }

    /** As OpenSSH's known_hosts names a host on a port other than 22. */
    String knownHostsName() {
        return "[" + host + "]:" + port;
    }
}

package io.fpsh.tools.openssl;

import java.util.List;

/**
 * The {@code openssl s_client} options fpsh knows: {@code -connect host:port}, {@code -servername},
 * {@code -CAfile}, {@code -CApath}, {@code -showcerts}; anything else is OpenSSL's "unknown option".
 */
record SClientOptions(String host, int port, String serverName, String caFile, String caPath, boolean showCerts) {
    /** OpenSSL's default when -connect is not given. */
    static final String DEFAULT_HOST = "localhost";
    static final int DEFAULT_PORT = 4433;

    /** The parsed options, or the first bad word ({@code problem}: OpenSSL's own line). */
    record Parsed(SClientOptions options, String problem) {}

    static Parsed parse(List<String> args) {
        String host = DEFAULT_HOST;
        int port = DEFAULT_PORT;
        String serverName = null;
        String caFile = null;
        String caPath = null;
        boolean showCerts = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            boolean hasValue = i + 1 < args.size();
            switch (arg) {
                case "-showcerts" -> showCerts = true;
                case "-connect", "-servername", "-CAfile", "-CApath" -> {
                    if (!hasValue) {
                        return new Parsed(null, "missing argument for " + arg);
                    }
                    String value = args.get(++i);
                    switch (arg) {
                        case "-connect" -> {
                            int colon = value.lastIndexOf(':');
                            host = colon < 0 ? value : value.substring(0, colon);
                            if (colon >= 0) {
                                if (!value.substring(colon + 1).matches("\\d{1,5}")) {
                                    return new Parsed(null, "getservbyname failure for " + value.substring(colon + 1));
                                }
                                port = Integer.parseInt(value.substring(colon + 1));
                            }
                        }
                        case "-servername" -> serverName = value;
                        case "-CAfile" -> caFile = value;
                        default -> caPath = value;
                    }
                }
                default -> {
                    return new Parsed(null, "unknown option " + arg);
                }
            }
        }
        return new Parsed(new SClientOptions(host, port, serverName, caFile, caPath, showCerts), null);
    }
}

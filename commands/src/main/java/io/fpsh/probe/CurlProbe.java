package io.fpsh.probe;

import io.fpsh.device.Mode;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code curl [OPTIONS] URL [PROXY]}: the device's own curl with {@code -v -k}, so one run shows the lookup, the
 * connection, the TLS session, the certificate with its verify result and the HTTP status even when the chain is not
 * trusted; with {@code --cacert FILE} (the guide's {@code /ngfw/etc/ssl/connectorCA.pem}) curl checks the chain
 * against that file instead, as the connector does, and stops at 60 when it is not trusted.
 * {@code -sS -o /dev/null} keep the progress meter and the body out, {@code --max-time} bounds it below a probe's
 * deadline, and the exit status travels in the text ({@code curl-exit=N}), so every target reports it alike.
 * The other options before the URL check a URL as canConnect does: {@code -L} follows redirects as it does ({@code -L
 * --max-redirs 5}: a loop ends with 47), {@code --connect-timeout S} gives up on a dropped SYN after S, and
 * {@code --max-time S} replaces the probe's 15 s (a server that accepts and never answers costs that).
 */
public final class CurlProbe implements Probe<CurlCheck> {
    /** Longer than the device resolver's own give-up (5 s × 2 attempts), so a dead DNS server still reads as exit 6. */
    public static final int MAX_TIME_SECONDS = 15;
    static final String EXIT_MARKER = "curl-exit=";
    /** The option that makes curl check the chain against a CA file instead of {@code -k}. */
    public static final String CACERT = "--cacert";
    /** The CA bundle the SSE connector trusts, which the guide's registration checks pass to curl. */
    public static final String CONNECTOR_CA = "/ngfw/etc/ssl/connectorCA.pem";
    static final String FOLLOW = "-L";
    static final String CONNECT_TIMEOUT = "--connect-timeout";
    static final String MAX_TIME = "--max-time";
    /** canConnect's own limit on redirects (action_queue.log's command line). */
    static final int MAX_REDIRECTS = 5;
    private static final String USAGE = "usage: curl [--cacert FILE] [-L] [--connect-timeout S] [--max-time S] URL [PROXY]";

    private static final Pattern URL = Pattern.compile("https?://[\\x21-\\x7e]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROXY = Pattern.compile("(?:https?://)?[\\x21-\\x7e]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern CA_FILE = Pattern.compile("/[\\x21-\\x7e]+");
    private static final Pattern SECONDS = Pattern.compile("[1-9][0-9]?");

    @Override public String name() { return "curl"; }

    @Override public String summary() { return "curl -v -k URL (or --cacert FILE): address, connection, TLS, certificate, verify result, HTTP status"; }

    @Override public String arguments() { return "[--cacert FILE] [-L] [--connect-timeout S] [--max-time S] URL [PROXY]"; }

    @Override public Mode mode() { return Mode.EXPERT; }

    @Override public Class<CurlCheck> recordType() { return CurlCheck.class; }

    @Override
    public void checkArguments(List<String> args) throws ProbeUsageException {
        Request request = Request.read(args);
        if (request.caFile() != null && !CA_FILE.matcher(request.caFile()).matches()) {
            throw new ProbeUsageException("curl: --cacert takes an absolute file name: " + SecretMask.mask(request.caFile()));
        }
        if (!URL.matcher(request.url()).matches()) {
            throw new ProbeUsageException("curl: not an http:// or https:// URL: " + SecretMask.mask(request.url()));
        }
        if (request.proxy() != null && (!PROXY.matcher(request.proxy()).matches() || request.proxy().startsWith("-"))) {
            throw new ProbeUsageException("curl: not a proxy URL: " + SecretMask.mask(request.proxy()));
        }
    }

    @Override
    public String command(List<String> args) {
        Request request = Request.of(args);
        StringBuilder options = new StringBuilder();
        if (request.follow()) {
            options.append(FOLLOW).append(" --max-redirs ").append(MAX_REDIRECTS).append(' ');
        }
        if (request.connectTimeout() != null) {
            options.append(CONNECT_TIMEOUT).append(' ').append(request.connectTimeout()).append(' ');
        }
        String proxy = request.proxy() != null ? "-x " + shellQuoted(request.proxy()) + " " : "";
        String trust = request.caFile() != null ? CACERT + " " + shellQuoted(request.caFile()) : "-k";
        int maxTime = request.maxTime() != null ? request.maxTime() : MAX_TIME_SECONDS;
        return "curl -v -sS " + trust + " -o /dev/null --max-time " + maxTime + " " + options + proxy
                + shellQuoted(request.url()) + " 2>&1; echo \"" + EXIT_MARKER + "$?\"";
    }

    @Override
    public CurlCheck parse(ProbeOutput output, List<String> args) throws ProbeParseException {
        Request request = Request.of(args);
        return new CurlVerboseReader(name(), output).read(SecretMask.mask(request.url()),
                request.proxy() != null ? SecretMask.mask(request.proxy()) : null, request.caFile());
    }

    /**
     * The arguments taken apart: {@code [--cacert FILE] [-L] [--connect-timeout S] [--max-time S] URL [PROXY]}, the
     * options in any order before the URL.
     *
     * @param caFile         the CA file curl checks the chain against; null for {@code -k}
     * @param follow         {@code -L}: follow redirects as canConnect does
     * @param connectTimeout seconds, or null for curl's own
     * @param maxTime        seconds, or null for the probe's {@link #MAX_TIME_SECONDS}
     */
    public record Request(String caFile, boolean follow, Integer connectTimeout, Integer maxTime, String url,
                          String proxy) {

        /** The request the arguments make; null when they do not make one. */
        public static Request of(List<String> args) {
            try {
                return read(args);
            } catch (ProbeUsageException e) {
                return null;
            }
        }

        /** Plain options only: only the arguments' words say what a model can answer (no option but the CA file). */
        public boolean plain() {
            return !follow && connectTimeout == null && maxTime == null;
        }

        static Request read(List<String> args) throws ProbeUsageException {
            String caFile = null;
            boolean follow = false;
            Integer connect = null;
            Integer max = null;
            int at = 0;
            while (at < args.size() && args.get(at).startsWith("-")) {
                String option = args.get(at);
                if (option.equals(FOLLOW)) {
                    follow = true;
                    at++;
                    continue;
                }
                if (at + 1 >= args.size()) {
                    throw new ProbeUsageException(USAGE);
                }
                String value = args.get(at + 1);
                switch (option) {
                    case CACERT -> caFile = value;
                    case CONNECT_TIMEOUT, MAX_TIME -> {
                        if (!SECONDS.matcher(value).matches()) {
                            throw new ProbeUsageException("curl: " + option + " takes seconds, 1 to 99: "
                                    + SecretMask.mask(value));
                        }
                        if (option.equals(MAX_TIME)) {
                            max = Integer.parseInt(value);
                        } else {
                            connect = Integer.parseInt(value);
                        }
                    }
                    default -> throw new ProbeUsageException("curl: before the URL only --cacert FILE, -L, "
                            + "--connect-timeout S and --max-time S: " + SecretMask.mask(option));
                }
                at += 2;
            }
            int left = args.size() - at;
            if (left < 1 || left > 2) {
                throw new ProbeUsageException(USAGE);
            }
            return new Request(caFile, follow, connect, max, args.get(at), left == 2 ? args.get(at + 1) : null);
        }
    }

    /** One word for bash whatever it holds: single quotes, each quote inside closed, escaped and reopened. */
    static String shellQuoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}

package io.fpsh.probe;

import io.fpsh.device.Mode;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code curl [--cacert FILE] URL [PROXY]}: the device's own curl with {@code -v -k}, so one run shows the lookup, the
 * connection, the TLS session, the certificate with its verify result and the HTTP status even when the chain is not
 * trusted; with {@code --cacert FILE} (the guide's {@code /ngfw/etc/ssl/connectorCA.pem}) curl checks the chain
 * against that file instead, as the connector does, and stops at 60 when it is not trusted.
 * {@code -sS -o /dev/null} keep the progress meter and the body out, {@code --max-time} bounds it below a probe's
 * deadline, and the exit status travels in the text ({@code curl-exit=N}), so every target reports it alike.
 */
public final class CurlProbe implements Probe<CurlCheck> {
    /** Longer than the device resolver's own give-up (5 s × 2 attempts), so a dead DNS server still reads as exit 6. */
    public static final int MAX_TIME_SECONDS = 15;
    static final String EXIT_MARKER = "curl-exit=";
    /** The option that makes curl check the chain against a CA file instead of {@code -k}. */
    public static final String CACERT = "--cacert";
    /** The CA bundle the SSE connector trusts, which the guide's registration checks pass to curl. */
    public static final String CONNECTOR_CA = "/ngfw/etc/ssl/connectorCA.pem";

    private static final Pattern URL = Pattern.compile("https?://[\\x21-\\x7e]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROXY = Pattern.compile("(?:https?://)?[\\x21-\\x7e]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern CA_FILE = Pattern.compile("/[\\x21-\\x7e]+");

    @Override public String name() { return "curl"; }

    @Override public String summary() { return "curl -v -k URL (or --cacert FILE): address, connection, TLS, certificate, verify result, HTTP status"; }

    @Override public String arguments() { return "[--cacert FILE] URL [PROXY]"; }

    @Override public Mode mode() { return Mode.EXPERT; }

    @Override public Class<CurlCheck> recordType() { return CurlCheck.class; }

    @Override
    public void checkArguments(List<String> args) throws ProbeUsageException {
        Request request = Request.of(args);
        if (request == null) {
            throw new ProbeUsageException("usage: curl [--cacert FILE] URL [PROXY]");
        }
        if (request.caFile() != null && !CA_FILE.matcher(request.caFile()).matches()) {
            throw new ProbeUsageException("curl: --cacert takes an absolute file name: " + SecretMask.mask(request.caFile()));
        }
        if (!URL.matcher(request.url()).matches()) {
            throw new ProbeUsageException("curl: not an http:// or https:// URL: " + SecretMask.mask(request.url()));
        }
        if (request.proxy() != null && !PROXY.matcher(request.proxy()).matches()) {
            throw new ProbeUsageException("curl: not a proxy URL: " + SecretMask.mask(request.proxy()));
        }
    }

    @Override
    public String command(List<String> args) {
        Request request = Request.of(args);
        String proxy = request.proxy() != null ? "-x " + shellQuoted(request.proxy()) + " " : "";
        String trust = request.caFile() != null ? CACERT + " " + shellQuoted(request.caFile()) : "-k";
        return "curl -v -sS " + trust + " -o /dev/null --max-time " + MAX_TIME_SECONDS + " " + proxy
                + shellQuoted(request.url()) + " 2>&1; echo \"" + EXIT_MARKER + "$?\"";
    }

    @Override
    public CurlCheck parse(ProbeOutput output, List<String> args) throws ProbeParseException {
        Request request = Request.of(args);
        return new CurlVerboseReader(name(), output).read(SecretMask.mask(request.url()),
                request.proxy() != null ? SecretMask.mask(request.proxy()) : null, request.caFile());
    }

    /**
     * The arguments taken apart: {@code [--cacert FILE] URL [PROXY]}.
     *
     * @param caFile the CA file curl checks the chain against; null for {@code -k}
     */
    public record Request(String caFile, String url, String proxy) {

        /** The request the arguments make; null when they do not make one. */
        public static Request of(List<String> args) {
            int at = 0;
            String caFile = null;
            if (!args.isEmpty() && args.get(0).equals(CACERT)) {
                if (args.size() < 2) {
                    return null;
                }
                caFile = args.get(1);
                at = 2;
            }
            int left = args.size() - at;
            if (left < 1 || left > 2) {
                return null;
            }
            return new Request(caFile, args.get(at), left == 2 ? args.get(at + 1) : null);
        }
    }

    /** One word for bash whatever it holds: single quotes, each quote inside closed, escaped and reopened. */
    static String shellQuoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}

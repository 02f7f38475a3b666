package io.fpsh.probe;

import io.fpsh.device.Mode;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code curl URL [PROXY]}: the device's own curl with {@code -v -k}, so one run shows the lookup, the connection,
 * the TLS session, the certificate with its verify result and the HTTP status even when the chain is not trusted.
 * {@code -sS -o /dev/null} keep the progress meter and the body out, {@code --max-time} bounds it below a probe's
 * deadline, and the exit status travels in the text ({@code curl-exit=N}), so every target reports it alike.
 */
public final class CurlProbe implements Probe<CurlCheck> {
    /** Longer than the device resolver's own give-up (5 s × 2 attempts), so a dead DNS server still reads as exit 6. */
    public static final int MAX_TIME_SECONDS = 15;
    static final String EXIT_MARKER = "curl-exit=";

    private static final Pattern URL = Pattern.compile("https?://[\\x21-\\x7e]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROXY = Pattern.compile("(?:https?://)?[\\x21-\\x7e]+", Pattern.CASE_INSENSITIVE);

    @Override public String name() { return "curl"; }

    @Override public String summary() { return "curl -v -k URL: address, connection, TLS, certificate, verify result, HTTP status"; }

    @Override public String arguments() { return "URL [PROXY]"; }

    @Override public Mode mode() { return Mode.EXPERT; }

    @Override public Class<CurlCheck> recordType() { return CurlCheck.class; }

    @Override
    public void checkArguments(List<String> args) throws ProbeUsageException {
        if (args.isEmpty() || args.size() > 2) {
            throw new ProbeUsageException("usage: curl URL [PROXY]");
        }
        if (!URL.matcher(args.get(0)).matches()) {
            throw new ProbeUsageException("curl: not an http:// or https:// URL: " + SecretMask.mask(args.get(0)));
        }
        if (args.size() == 2 && !PROXY.matcher(args.get(1)).matches()) {
            throw new ProbeUsageException("curl: not a proxy URL: " + SecretMask.mask(args.get(1)));
        }
    }

    @Override
    public String command(List<String> args) {
        String proxy = args.size() > 1 ? "-x " + shellQuoted(args.get(1)) + " " : "";
        return "curl -v -sS -k -o /dev/null --max-time " + MAX_TIME_SECONDS + " " + proxy + shellQuoted(args.get(0))
                + " 2>&1; echo \"" + EXIT_MARKER + "$?\"";
    }

    @Override
    public CurlCheck parse(ProbeOutput output, List<String> args) throws ProbeParseException {
        return new CurlVerboseReader(name(), output).read(SecretMask.mask(args.get(0)),
                args.size() > 1 ? SecretMask.mask(args.get(1)) : null);
    }

    /** One word for bash whatever it holds: single quotes, each quote inside closed, escaped and reopened. */
    static String shellQuoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}

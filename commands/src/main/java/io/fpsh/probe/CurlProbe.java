package io.fpsh.probe;

import io.fpsh.device.Mode;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code curl URL [PROXY]}: the device's own curl with {@code -v -k}, so one run shows the lookup, the connection,
 * the TLS session, the certificate with its verify result and the HTTP status even when the chain is not trusted.
 * {@code -sS -o /dev/null} keep the progress meter and the body out, {@code --max-time} bounds it below a probe's
 * deadline, and the exit status travels in the text ({@code curl-exit=N}), so every target reports it alike.
 * Options before the URL check a URL as canConnect does: {@code -L} follows redirects as it does ({@code -L
 * --max-redirs 5}: a loop ends with 47), {@code --connect-timeout S} gives up on a dropped SYN after S, and
 * {@code --max-time S} replaces the probe's 15 s (a server that accepts and never answers costs that).
 */
public final class CurlProbe implements Probe<CurlCheck> {
    /** Longer than the device resolver's own give-up (5 s × 2 attempts), so a dead DNS server still reads as exit 6. */
    public static final int MAX_TIME_SECONDS = 15;
    static final String EXIT_MARKER = "curl-exit=";

    private static final Pattern URL = Pattern.compile("https?://[\\x21-\\x7e]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern PROXY = Pattern.compile("(?:https?://)?[\\x21-\\x7e]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern SECONDS = Pattern.compile("[1-9][0-9]?");
    static final String FOLLOW = "-L";
    static final String CONNECT_TIMEOUT = "--connect-timeout";
    static final String MAX_TIME = "--max-time";
    /** canConnect's own limit on redirects (action_queue.log's command line). */
    static final int MAX_REDIRECTS = 5;

    @Override public String name() { return "curl"; }

    @Override public String summary() { return "curl -v -k URL: address, connection, TLS, certificate, verify result, HTTP status"; }

    @Override public String arguments() { return "[-L] [--connect-timeout S] [--max-time S] URL [PROXY]"; }

    @Override public Mode mode() { return Mode.EXPERT; }

    @Override public Class<CurlCheck> recordType() { return CurlCheck.class; }

    @Override
    public void checkArguments(List<String> typed) throws ProbeUsageException {
        int first = firstWord(typed);
        for (int i = 0; i < first; i++) {
            boolean follow = typed.get(i).equals(FOLLOW);
            boolean timeout = valued(typed.get(i)) && i + 1 < first && SECONDS.matcher(typed.get(i + 1)).matches();
            if (!follow && !timeout) {
                throw new ProbeUsageException("curl: before the URL only -L, --connect-timeout S and --max-time S (1 to 99): "
                        + SecretMask.mask(typed.get(i)));
            }
            i += timeout ? 1 : 0;
        }
        List<String> args = typed.subList(first, typed.size());
        if (args.isEmpty() || args.size() > 2) {
            throw new ProbeUsageException("usage: curl [-L] [--connect-timeout S] [--max-time S] URL [PROXY]");
        }
        if (!URL.matcher(args.get(0)).matches()) {
            throw new ProbeUsageException("curl: not an http:// or https:// URL: " + SecretMask.mask(args.get(0)));
        }
        if (args.size() == 2 && (!PROXY.matcher(args.get(1)).matches() || args.get(1).startsWith("-"))) {
            throw new ProbeUsageException("curl: not a proxy URL: " + SecretMask.mask(args.get(1)));
        }
    }

    @Override
    public String command(List<String> typed) {
        int first = firstWord(typed);
        StringBuilder options = new StringBuilder();
        int maxTime = MAX_TIME_SECONDS;
        for (int i = 0; i < first; i++) {
            String option = typed.get(i);
            if (option.equals(MAX_TIME)) {
                maxTime = Integer.parseInt(typed.get(++i));
            } else {
                options.append(option.equals(FOLLOW) ? FOLLOW + " --max-redirs " + MAX_REDIRECTS
                        : CONNECT_TIMEOUT + " " + Integer.parseInt(typed.get(++i))).append(' ');
            }
        }
        List<String> args = typed.subList(first, typed.size());
        String proxy = args.size() > 1 ? "-x " + shellQuoted(args.get(1)) + " " : "";
        return "curl -v -sS -k -o /dev/null --max-time " + maxTime + " " + options + proxy + shellQuoted(args.get(0))
                + " 2>&1; echo \"" + EXIT_MARKER + "$?\"";
    }

    /** Where the URL is: after the options (a URL never starts with '-', a timeout's value follows its option). */
    private static int firstWord(List<String> typed) {
        int i = 0;
        while (i < typed.size() && typed.get(i).startsWith("-")) {
            i += valued(typed.get(i)) ? 2 : 1;
        }
        return Math.min(i, typed.size());
    }

    private static boolean valued(String option) {
        return option.equals(CONNECT_TIMEOUT) || option.equals(MAX_TIME);
    }

    @Override
    public CurlCheck parse(ProbeOutput output, List<String> typed) throws ProbeParseException {
        List<String> args = typed.subList(firstWord(typed), typed.size());
        return new CurlVerboseReader(name(), output).read(SecretMask.mask(args.get(0)),
                args.size() > 1 ? SecretMask.mask(args.get(1)) : null);
    }

    /** One word for bash whatever it holds: single quotes, each quote inside closed, escaped and reopened. */
    static String shellQuoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}

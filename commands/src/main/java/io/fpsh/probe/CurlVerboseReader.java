package io.fpsh.probe;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code curl -v} as curl 7.44 and 7.88 print it: the {@code *} lines of the lookup, connection and TLS
 * session, the {@code <} status lines, and the exit marker the probe's line echoes last. The two dialects differ in
 * the Trying line ({@code 1.2.3.4...} against {@code 1.2.3.4:443...}), the indent of the certificate block
 * ({@code "* \t "} against {@code "*  "}) and the date format, which is why every pattern allows any blank run.
 */
final class CurlVerboseReader {
    private static final Pattern TRYING = Pattern.compile("^\\*\\s+Trying\\s+(\\S+?)\\.\\.\\.\\s*$");
    private static final Pattern CONNECTED = Pattern.compile("^\\*\\s+Connected to \\S+ \\(([^)]+)\\) port (\\d+)\\b.*$");
    private static final Pattern TLS = Pattern.compile("^\\*\\s+SSL connection using (\\S+) / (\\S+)\\s*$");
    private static final Pattern SUBJECT = Pattern.compile("^\\*\\s+subject: (.*?)\\s*$");
    private static final Pattern ISSUER = Pattern.compile("^\\*\\s+issuer: (.*?)\\s*$");
    private static final Pattern START = Pattern.compile("^\\*\\s+start date: (.*?)\\s*$");
    private static final Pattern EXPIRE = Pattern.compile("^\\*\\s+expire date: (.*?)\\s*$");
    private static final Pattern VERIFY_OK = Pattern.compile("^\\*\\s+SSL certificate verify ok\\.\\s*$");
    private static final Pattern VERIFY_RESULT =
            Pattern.compile("^\\*\\s+SSL certificate verify result: (.*) \\((\\d+)\\), continuing anyway\\.\\s*$");
    private static final Pattern VERIFY_PROBLEM = Pattern.compile("^\\*\\s+SSL certificate problem: (.*?)\\s*$");
    private static final Pattern STATUS = Pattern.compile("^<\\s*HTTP/[0-9.]+\\s+(\\d{3})\\b.*$");
    private static final Pattern EXIT = Pattern.compile("^" + CurlProbe.EXIT_MARKER + "(\\d+)\\s*$");
    private static final Pattern CONNECT_REQUEST = Pattern.compile("^>\\s*CONNECT .*$");
    /** The lines after which a proxy's tunnel is up: 7.44 and 7.88 both say the CONNECT phase completed. */
    /** curl's last word on an exit 35: {@code curl: (35) Unknown SSL protocol error in connection to host:443}. */
    private static final Pattern TLS_FAILURE = Pattern.compile("^curl: \\(35\\) (.*?)\\s*$");
    private static final Pattern DATE_HEADER = Pattern.compile("^<\\s*Date:\\s*(.*?)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TUNNEL_UP = Pattern.compile("^\\*\\s+CONNECT phase completed.*$");

    /** OpenSSL's ASN1_TIME_print (7.88): {@code Nov 28 03:59:57 2026 GMT}, the day padded with a space. */
    private static final DateTimeFormatter OPENSSL_DATE = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss yyyy 'GMT'", Locale.US);
    /** curl 7.44's own format: {@code 2019-12-03 20:57:56 GMT}. */
    private static final DateTimeFormatter LEGACY_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'GMT'", Locale.US);

    private final String probe;
    private final ProbeOutput output;

    CurlVerboseReader(String probe, ProbeOutput output) {
        this.probe = probe;
        this.output = output;
    }

    CurlCheck read(String url, String proxy, String caFile) throws ProbeParseException {
        List<String> lines = output.lines();
        Integer exitCode = null;
        String resolved = null;
        String connectedAddress = null;
        Integer connectedPort = null;
        String tlsVersion = null;
        String cipher = null;
        String subject = null;
        String issuer = null;
        String start = null;
        String expire = null;
        String verify = null;
        Integer verifyCode = null;
        Integer status = null;
        String tlsError = null;
        String serverDate = null;
        boolean inTunnelSetup = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m;
            if (resolved == null && (m = TRYING.matcher(line)).matches()) {
                resolved = address(m.group(1));
                output.from("resolvedAddress", i);
            } else if (connectedAddress == null && (m = CONNECTED.matcher(line)).matches()) {
                connectedAddress = m.group(1);
                connectedPort = Digits.integer(probe, output, i, m.group(2));
                output.from("connectedAddress", i);
            } else if (tlsVersion == null && (m = TLS.matcher(line)).matches()) {
                tlsVersion = m.group(1);
                cipher = m.group(2);
                output.from("tlsVersion", i);
            } else if (subject == null && (m = SUBJECT.matcher(line)).matches()) {
                subject = m.group(1);
                output.from("certificateSubject", i);
            } else if (issuer == null && (m = ISSUER.matcher(line)).matches()) {
                issuer = m.group(1);
                output.from("certificateIssuer", i);
            } else if (start == null && (m = START.matcher(line)).matches()) {
                start = date(m.group(1), i);
                output.from("certificateStartDate", i);
            } else if (expire == null && (m = EXPIRE.matcher(line)).matches()) {
                expire = date(m.group(1), i);
                output.from("certificateExpireDate", i);
            } else if (verify == null && VERIFY_OK.matcher(line).matches()) {
                verify = CurlCheck.VERIFIED;
                verifyCode = 0;
                output.from("verifyResult", i);
            } else if (verify == null && (m = VERIFY_RESULT.matcher(line)).matches()) {
                verify = m.group(1);
                verifyCode = Digits.integer(probe, output, i, m.group(2));
                output.from("verifyResult", i);
            } else if (verify == null && (m = VERIFY_PROBLEM.matcher(line)).matches()) {
                verify = m.group(1); // without -k curl stops here and prints no code
                output.from("verifyResult", i);
            } else if (CONNECT_REQUEST.matcher(line).matches()) {
                inTunnelSetup = true;
            } else if (TUNNEL_UP.matcher(line).matches()) {
                inTunnelSetup = false;
            } else if (!inTunnelSetup && (m = STATUS.matcher(line)).matches()) {
                status = Integer.parseInt(m.group(1)); // the server's answer; a proxy's answer to CONNECT is not it
                output.from("httpStatus", i);
            } else if (!inTunnelSetup && (m = DATE_HEADER.matcher(line)).matches()) {
                serverDate = httpDate(m.group(1));
                output.from("serverDate", i);
            } else if ((m = TLS_FAILURE.matcher(line)).matches()) {
                tlsError = m.group(1);
                output.from("tlsError", i);
            } else if ((m = EXIT.matcher(line)).matches()) {
                exitCode = Digits.integer(probe, output, i, m.group(1));
                output.from("exitCode", i);
            }
        }
        if (exitCode == null) {
            throw ProbeParseException.atEnd(probe, lines, "no '" + CurlProbe.EXIT_MARKER + "' line: curl did not run to its end");
        }
        return new CurlCheck(url, proxy, exitCode, resolved, connectedAddress != null, connectedAddress, connectedPort,
                tlsVersion, cipher, subject, issuer, start, expire, verify, verifyCode, status, caFile, tlsError, serverDate);
    }

    /** The address of a Trying line: {@code 1.2.3.4} (7.44), {@code 1.2.3.4:443} or {@code [::1]:443} (7.88), {@code ::1} (7.44). */
    static String address(String tried) {
        if (tried.startsWith("[")) {
            int close = tried.indexOf(']');
            return close > 0 ? tried.substring(1, close) : tried;
        }
        int colon = tried.indexOf(':');
        boolean ipv4WithPort = colon > 0 && tried.indexOf(':', colon + 1) < 0;
        return ipv4WithPort ? tried.substring(0, colon) : tried;
    }

    /** An HTTP date ({@code Wed, 08 Apr 2020 01:20:03 GMT}) as ISO-8601; null for a header in another form. */
    private static String httpDate(String text) {
        try {
            return java.time.ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private String date(String text, int index) throws ProbeParseException {
        for (DateTimeFormatter format : List.of(LEGACY_DATE, OPENSSL_DATE)) {
            try {
                return LocalDateTime.parse(text, format).toInstant(ZoneOffset.UTC).toString();
            } catch (DateTimeParseException e) {
                // the other dialect's format
            }
        }
        throw ProbeParseException.at(probe, index + 1, output.lines().get(index), "not a certificate date");
    }
}

package io.fpsh.lab.capture;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and replaces what identifies a site in one string, a field's value or a line of free text alike (a log
 * line, a URL, a PTR name, a certificate's subject). Run twice over a tree: first collecting (the addresses are placed
 * only once all are known), then replacing. The steps run in an order where no step's output is taken for an original
 * by a later one: secrets first, then e-mails, UUIDs, MACs, serials, addresses, organisations, names.
 */
final class TextScrubber {
    static final String REDACTED = "REDACTED";
    /** The shortest original looked for in free text by its value alone. */
    private static final int MIN_SEARCHED = 3;

    /** The FTD's and Linux's own accounts: the same on every device, they say nothing about a site. */
    static final Set<String> STANDARD_USERS = Set.of("admin", "root", "www", "nobody", "daemon", "bin", "sys", "sshd",
            "mysql", "postgres", "snort", "sfsnort", "sfrna", "postmaster", "noreply", "no-reply");

    private static final Pattern URL_USERINFO = Pattern.compile("(?<=://)([^/\\s:@\"'<>]+)(?::([^/\\s@\"'<>]*))?@");
    private static final Pattern QUERY_SECRET = Pattern.compile(
            "([?&;][A-Za-z0-9_.-]*(?i:token|key|secret|sig|signature|password|passwd|pwd|auth|session|sid)[A-Za-z0-9_.-]*=)"
                    + "([^&#\\s\"'<>]+)");
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "(?i)((?:proxy-)?authorization:\\s*(?:(?:basic|bearer|digest|negotiate|ntlm|token)\\s+)?)([^\\s\"']+)");
    private static final Pattern NAMED_SECRET = Pattern.compile(
            "(?i)\\b((?:password|passwd|pwd|passphrase|secret|token|api[_-]?key|reg(?:istration)?[_-]?key|psk"
                    + "|client[_-]?secret|access[_-]?key)\"?\\s*[:=]\\s*\"?)([^\\s\",;&'}]+)");
    private static final Pattern JWT = Pattern.compile("\\beyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}");
    /** The FTD's registration key and NAT ID, secrets shared with the FMC. */
    private static final Pattern MANAGER_ADD = Pattern.compile(
            "(?i)(configure\\s+manager\\s+add\\s+\\S+\\s+)([^\\s\"',;]+)(?:(\\s+)([^\\s\"',;]+))?");
    /** A user named by sshd, PAM or sudo in a log line. */
    private static final Pattern LOGGED_USER = Pattern.compile("\\b(Accepted \\S+ for |Failed \\S+ for (?:invalid user )?"
            + "|session (?:opened|closed) for user |[Ii]nvalid user |sudo:\\s+)([A-Za-z_][A-Za-z0-9_.-]*)");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+:/-])([A-Za-z0-9._%+-]+)@((?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,})(?![A-Za-z0-9-])");
    private static final Pattern UUID = Pattern.compile(
            "(?i)(?<![0-9a-f-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f-])");
    private static final String UUID_FORM = "00000000-0000-4000-8000-%012d";
    private static final Pattern MAC = Pattern.compile("(?i)(?<![0-9a-f:.-])(?:[0-9a-f]{2}([:-])(?:[0-9a-f]{2}\\1){4}[0-9a-f]{2}"
            + "|[0-9a-f]{4}\\.[0-9a-f]{4}\\.[0-9a-f]{4})(?![0-9a-f:-]|\\.[0-9a-f])");
    /** A serial after its label (show version's {@code Serial Number:}, FXOS's {@code Serial (SN):}). */
    private static final Pattern LABELLED_SERIAL = Pattern.compile(
            "(?i)(\\bserial(?:[ _-]?(?:number|num|no\\.?))?(?:\\s*\\(SN\\))?\\s*[:=#]?\\s*)(?-i)([A-Z0-9][A-Z0-9-]{4,19})\\b");
    /** Cisco's serial form: plant, year and week, then four more (JAD2118079B, FCH1234ABCD). */
    private static final Pattern CISCO_SERIAL = Pattern.compile("\\b[A-Z]{3}\\d{4}[A-Z0-9]{4}\\b");
    private static final Pattern REVERSE_IPV4 = Pattern.compile(
            "(?i)(?<![0-9.])(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(\\.in-addr\\.arpa)");
    /** An address written with dashes in a host label ({@code ec2-54-1-2-3}, {@code ip-10-0-1-5}). */
    private static final Pattern DASHED_IPV4 = Pattern.compile(
            "(?<![A-Za-z0-9-])([A-Za-z][A-Za-z0-9]*-)(\\d{1,3})-(\\d{1,3})-(\\d{1,3})-(\\d{1,3})(?![0-9A-Za-z]|-\\d)");
    private static final Pattern IPV4 = Pattern.compile(
            "(?<![0-9A-Za-z.])(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?![0-9]|\\.\\d|(?i)\\.in-addr\\.)");
    /** A dotted quad right after a version's label is a version (Version 6.7.0.2). */
    private static final Pattern VERSION_BEFORE = Pattern.compile("(?i)(?:version|release|build|ver\\.?)\\s*:?\\s*$");
    private static final Pattern IPV6 = Pattern.compile("(?<![0-9A-Za-z:._-])([0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*)(?![0-9A-Za-z:_-])");
    /** A certificate subject's part; an organisation may hold a comma before its legal form ({@code Cisco Systems, Inc.}). */
    private static final Pattern DN_PART = Pattern.compile("(?<=^|[,/]\\s{0,2})(C|ST|L|O|OU|CN|emailAddress)="
            + "([^,/]*?(?:,\\s*(?:Inc|LLC|Ltd|Corp|Co|GmbH|AG|plc|S\\.A|B\\.V)\\.?)?)(?=\\s*,|\\s*/|$)");
    private static final Pattern LEGAL_FORM = Pattern.compile(",?\\s*(?:Inc|LLC|Ltd|Corp|Co|GmbH|AG|plc|S\\.A|B\\.V)\\.?$");
    /** Public CAs and Cisco: the certificates the lab's PKI reproduces, no secret. */
    private static final Pattern KEPT_ORGANISATION = Pattern.compile("(?i).*(cisco|hydrantid|digicert|identrust|quovadis"
            + "|let's encrypt|internet security research group|amazon|globalsign|sectigo|comodo|usertrust|entrust|godaddy"
            + "|verisign|thawte|geotrust|microsoft|google trust|example).*");
    private static final Pattern NAME = Pattern.compile(
            "(?<![A-Za-z0-9_-])((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)\\.?"
                    + "(?![A-Za-z0-9_-])");
    /** Top-level domains taken for a name in free text (in a host or domain field any is). */
    private static final Set<String> TLDS = Set.of("com", "net", "org", "edu", "gov", "mil", "int", "io", "co", "biz",
            "info", "cloud", "app", "dev", "tech", "online", "site", "local", "lan", "corp", "internal", "intranet",
            "home", "priv", "private", "us", "uk", "ca", "de", "fr", "es", "it", "nl", "be", "ch", "at", "se", "no", "dk",
            "fi", "ie", "pt", "pl", "cz", "hu", "ro", "gr", "ru", "ua", "tr", "il", "ae", "sa", "in", "jp", "cn", "kr",
            "tw", "hk", "sg", "my", "th", "vn", "id", "ph", "au", "nz", "za", "br", "mx", "ar", "cl", "pe", "eu", "lu");
    /** A two-label name ending so in free text is rather a file (ActionQueueScrape.pl, run.sh). */
    private static final Set<String> FILE_EXTENSIONS = Set.of("pl", "sh", "py", "so", "md", "rs", "in", "id", "co",
            "it", "am", "ai", "ps", "mk");

    final Ipv4Map ipv4 = new Ipv4Map();
    final Ipv6Map ipv6 = new Ipv6Map();
    final NameMap names = new NameMap();
    final Numbered uuids = new Numbered(n -> String.format(Locale.ROOT, UUID_FORM, n));
    final Numbered macs = new Numbered(TextScrubber::documentationMac);
    final Numbered serials = new Numbered(n -> String.format(Locale.ROOT, "FPSH%07d", n));
    final Numbered users = new Numbered(n -> "user" + n);
    final Numbered organisations = new Numbered(n -> n == 1 ? "Example Corp" : "Example Corp " + n);
    final Set<String> secrets = new TreeSet<>();

    private boolean collecting = true;
    private Pattern secretValues;
    private Pattern hostsAndUsers;

    /** From collecting to replacing: the addresses are placed, the values met by name are looked for in free text. */
    void startReplacing() {
        ipv4.allocate();
        ipv6.allocate();
        collecting = false;
        // Free text is searched only for originals long enough not to be a common word or number: a field holding a
        // one-letter password is still REDACTED, but not every "a" of every log line.
        List<String> longSecrets = new ArrayList<>();
        secrets.stream().filter(secret -> secret.length() >= MIN_SEARCHED).forEach(longSecrets::add);
        secretValues = alternation(longSecrets, "(?<![A-Za-z0-9])(", ")(?![A-Za-z0-9])");
        List<String> tokens = new ArrayList<>();
        users.originals().forEach(tokens::add);
        labelsMetAlone.forEach(tokens::add);
        organisations.originals().forEach(tokens::add);
        serials.originals().forEach(tokens::add);
        tokens.removeIf(token -> token.length() < MIN_SEARCHED);
        hostsAndUsers = alternation(tokens, "(?<![A-Za-z0-9_.])(", ")(?![A-Za-z0-9_]|\\.[A-Za-z0-9])");
    }

    /** Host names met alone in a field (the device's hostname): replaced where free text names them too. */
    private final Set<String> labelsMetAlone = new TreeSet<>();

    void hostLabel(String label, NameMap.Role role) {
        if (!names.label(label, role).equals(label)) {
            labelsMetAlone.add(label);
        }
    }

    /**
     * The string with what identifies the site replaced; {@code versionField} says the field holds versions, whose
     * dotted quads are no addresses.
     */
    String scrub(String text, boolean versionField) {
        String out = text;
        out = replace(URL_USERINFO, out, m -> user(m.group(1)) + (m.group(2) == null ? "" : ":" + (m.group(2).isEmpty() ? "" : REDACTED)) + "@");
        out = replace(QUERY_SECRET, out, m -> m.group(1) + REDACTED);
        out = replace(AUTHORIZATION, out, m -> m.group(1) + REDACTED);
        out = replace(NAMED_SECRET, out, m -> m.group(2).startsWith("${") ? m.group() : m.group(1) + REDACTED);
        out = replace(JWT, out, m -> REDACTED);
        out = replace(MANAGER_ADD, out, m -> m.group(1) + REDACTED + (m.group(3) == null ? "" : m.group(3) + REDACTED));
        if (secretValues != null) {
            out = replace(secretValues, out, m -> REDACTED);
        }
        out = replace(LOGGED_USER, out, m -> m.group(1) + user(m.group(2)));
        out = replace(EMAIL, out, m -> user(m.group(1)) + "@" + names.name(m.group(2), NameMap.Role.HOST));
        out = replace(UUID, out, m -> uuid(m.group()));
        out = replace(MAC, out, m -> mac(m.group()));
        out = replace(LABELLED_SERIAL, out, m -> m.group(1) + serial(m.group(2)));
        out = replace(CISCO_SERIAL, out, m -> serial(m.group()));
        if (!versionField) {
            out = replace(REVERSE_IPV4, out, this::reverse);
            out = replace(DASHED_IPV4, out, this::dashed);
            String withDotted = out;
            out = replace(IPV4, out, m -> dotted(m, withDotted));
            out = replace(IPV6, out, m -> ipv6(m.group(1)));
        }
        if (out.contains("O=")) {
            out = subject(out);
        }
        String withNames = out;
        out = replace(NAME, out, m -> name(m, withNames));
        if (hostsAndUsers != null) {
            out = replace(hostsAndUsers, out, m -> token(m.group(1)));
        }
        return out;
    }

    private String user(String user) {
        return STANDARD_USERS.contains(user) || user.equals(REDACTED) || user.matches("user\\d+") ? user : users.get(user);
    }

    private String uuid(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("00000000-0000-0000-0000-000000000000") || lower.startsWith("00000000-0000-4000-8000-")) {
            return text;
        }
        String replacement = uuids.get(lower);
        return text.equals(lower) ? replacement : replacement.toUpperCase(Locale.ROOT);
    }

    private String mac(String text) {
        String hex = text.replaceAll("[^0-9A-Fa-f]", "").toLowerCase(Locale.ROOT);
        boolean multicast = (Integer.parseInt(hex.substring(0, 2), 16) & 1) == 1;
        if (multicast || hex.equals("000000000000") || hex.startsWith("00005e0053")) {
            return text; // broadcast and group addresses, and those already documentation ones
        }
        String replacement = macs.get(hex);
        boolean lower = !text.equals(text.toUpperCase(Locale.ROOT));
        String digits = lower ? replacement : replacement.toUpperCase(Locale.ROOT);
        if (text.indexOf('.') == 4) {
            return digits.substring(0, 4) + "." + digits.substring(4, 8) + "." + digits.substring(8);
        }
        char separator = text.charAt(2);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 12; i += 2) {
            out.append(i == 0 ? "" : String.valueOf(separator)).append(digits, i, i + 2);
        }
        return out.toString();
    }

    /** RFC 7042's documentation block 00-00-5E-00-53-00/24; past its 256, locally administered ones. */
    private static String documentationMac(int n) {
        return n <= 255 ? String.format(Locale.ROOT, "00005e0053%02x", n) : String.format(Locale.ROOT, "02005e%06x", n);
    }

    private String serial(String text) {
        return text.startsWith("FPSH") || text.equals(REDACTED) ? text : serials.get(text);
    }

    private String reverse(Matcher m) {
        long value = Ipv4Map.parse(m.group(4), m.group(3), m.group(2), m.group(1));
        if (value < 0) {
            return m.group();
        }
        String mapped = Ipv4Map.format(address(value), '.');
        String[] octets = mapped.split("\\.");
        return octets[3] + "." + octets[2] + "." + octets[1] + "." + octets[0] + m.group(5);
    }

    private String dashed(Matcher m) {
        long value = Ipv4Map.parse(m.group(2), m.group(3), m.group(4), m.group(5));
        return value < 0 ? m.group() : m.group(1) + Ipv4Map.format(address(value), '-');
    }

    private String dotted(Matcher m, String text) {
        long value = Ipv4Map.parse(m.group(1), m.group(2), m.group(3), m.group(4));
        if (value < 0 || VERSION_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
            return m.group();
        }
        return Ipv4Map.format(address(value), '.');
    }

    private int address(long value) {
        int address = (int) value;
        if (collecting) {
            ipv4.note(address);
            return address;
        }
        return ipv4.map(address);
    }

    private String ipv6(String candidate) {
        String trailing = "";
        String literal = candidate;
        while (literal.endsWith(".") || (literal.endsWith(":") && !literal.endsWith("::"))) {
            trailing = literal.charAt(literal.length() - 1) + trailing;
            literal = literal.substring(0, literal.length() - 1);
        }
        BigInteger value = Ipv6Map.parse(literal);
        if (value == null) {
            return candidate;
        }
        if (collecting) {
            ipv6.note(value);
            return candidate;
        }
        BigInteger mapped = ipv6.map(value);
        return mapped.equals(value) ? candidate : Ipv6Map.format(mapped) + trailing;
    }

    /** A certificate subject of the site's own CA (a TLS-inspecting proxy's): its organisation and place replaced. */
    private String subject(String text) {
        Matcher m = DN_PART.matcher(text);
        List<int[]> spans = new ArrayList<>();
        boolean own = false;
        while (m.find()) {
            String kind = m.group(1);
            if (kind.equals("O")) {
                own = !KEPT_ORGANISATION.matcher(m.group(2)).matches() && !m.group(2).startsWith("Example Corp");
            }
            if (kind.equals("O") || kind.equals("OU") || kind.equals("L") || kind.equals("ST")) {
                spans.add(new int[] {m.start(2), m.end(2), kind.equals("L") ? 1 : kind.equals("ST") ? 2 : 0});
            }
        }
        if (!own) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        for (int i = spans.size() - 1; i >= 0; i--) {
            int[] span = spans.get(i);
            String value = text.substring(span[0], span[1]);
            String replacement = switch (span[2]) {
                case 1 -> "Anytown";
                case 2 -> "Anystate";
                default -> value.isBlank() ? value : organisations.get(LEGAL_FORM.matcher(value).replaceFirst(""));
            };
            out.replace(span[0], span[1], replacement);
        }
        return out.toString();
    }

    /**
     * A dotted name in free text: the customer's (under a domain a field named, or ending in a common top-level
     * domain) is replaced; a file name ({@code /etc/resolv.conf}, {@code ActionQueueScrape.pl}), a Java class or a Go
     * source file is left alone.
     */
    private String name(Matcher m, String text) {
        String name = m.group(1);
        int start = m.start();
        if (start > 0 && text.charAt(start - 1) == '/' && !(start > 1 && text.charAt(start - 2) == '/')) {
            return m.group();
        }
        String[] labels = name.toLowerCase(Locale.ROOT).split("\\.");
        String tld = labels[labels.length - 1];
        boolean named = names.isCustomer(name) || NameMap.kept(name);
        if (!named && (!TLDS.contains(tld) || (labels.length == 2 && FILE_EXTENSIONS.contains(tld)))) {
            return m.group();
        }
        return names.name(name, NameMap.roleOf(name)) + m.group().substring(name.length());
    }

    private String token(String original) {
        if (users.has(original)) {
            return users.get(original);
        }
        if (organisations.has(original)) {
            return organisations.get(original);
        }
        if (serials.has(original)) {
            return serials.get(original);
        }
        return names.label(original, NameMap.Role.HOST);
    }

    private static Pattern alternation(Iterable<String> values, String before, String after) {
        List<String> sorted = new ArrayList<>();
        values.forEach(v -> {
            if (!v.isEmpty()) {
                sorted.add(v);
            }
        });
        if (sorted.isEmpty()) {
            return null;
        }
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Function.identity()));
        StringBuilder regex = new StringBuilder(before);
        for (int i = 0; i < sorted.size(); i++) {
            regex.append(i == 0 ? "" : "|").append(Pattern.quote(sorted.get(i)));
        }
        return Pattern.compile(regex.append(after).toString());
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> replacement) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int last = 0;
        do {
            out.append(text, last, m.start()).append(replacement.apply(m));
            last = m.end();
        } while (m.find());
        return out.append(text, last, text.length()).toString();
    }
}

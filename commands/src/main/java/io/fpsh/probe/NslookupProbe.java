package io.fpsh.probe;

import io.fpsh.device.Mode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code nslookup [-type=A] [-timeout=S] [-retry=N] NAME [SERVER]}: the device's own nslookup (the guide's command), read in both
 * BIND dialects: the server that settled the lookup, the answers, or the rcode / timeout that ended it. Without
 * options it waits as the device does (resolv.conf's timeout and attempts); {@code -timeout=1 -retry=1} makes a
 * silent server cost one second (BIND's {@code retry} is the number of tries), {@code -type=A} spares a slow server's
 * second wait (the AAAA query).
 */
public final class NslookupProbe implements Probe<DnsLookup> {
    /** A host name or an address: what nslookup takes, and nothing bash would read as more than one word. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.:-]+");
    /** The options a probe may give, as nslookup takes them: whole seconds, a number of tries, the A query alone. */
    private static final Pattern OPTION = Pattern.compile("-(?:timeout|retry)=[1-9][0-9]?|-type=A");

    private static final Pattern SERVER = Pattern.compile("^Server:\\s+(\\S+)\\s*$");
    private static final Pattern SERVER_ADDRESS = Pattern.compile("^Address:\\s+(\\S+)#\\d+\\s*$");
    private static final Pattern ANSWER_NAME = Pattern.compile("^Name:\\s+(\\S+?)\\.?\\s*$");
    private static final Pattern ANSWER_ADDRESS = Pattern.compile("^Address:\\s+(\\S+)\\s*$");
    private static final Pattern CNAME = Pattern.compile("^(\\S+?)\\.?\\s+canonical name = (\\S+?)\\.?\\s*$");
    private static final Pattern PTR = Pattern.compile("^(\\S+?)\\.?\\s+name = (\\S+?)\\.?\\s*$");
    private static final Pattern CANNOT_FIND = Pattern.compile("^\\*\\* server can't find \\S+: (\\S+)\\s*$");
    private static final Pattern NO_ANSWER = Pattern.compile("^\\*\\*\\* Can't find \\S+: No answer\\s*$");
    /** 9.11: ";; connection timed out; no servers could be reached"; 9.18: ";; no servers could be reached". */
    private static final Pattern NO_SERVERS = Pattern.compile("^;;.*no servers could be reached\\s*$");

    @Override public String name() { return "nslookup"; }

    @Override public String summary() { return "nslookup NAME [SERVER]: server used, answers, or NXDOMAIN / SERVFAIL / REFUSED / timeout"; }

    @Override public String arguments() { return "[-type=A] [-timeout=S] [-retry=N] NAME [SERVER]"; }

    @Override public Mode mode() { return Mode.EXPERT; }

    @Override public Class<DnsLookup> recordType() { return DnsLookup.class; }

    @Override
    public void checkArguments(List<String> args) throws ProbeUsageException {
        List<String> words = words(args);
        if (words.isEmpty() || words.size() > 2) {
            throw new ProbeUsageException("usage: nslookup [-type=A] [-timeout=S] [-retry=N] NAME [SERVER]");
        }
        for (String arg : args.subList(0, args.size() - words.size())) {
            if (!OPTION.matcher(arg).matches()) {
                throw new ProbeUsageException("nslookup: not -type=A, -timeout=S or -retry=N (1 to 99): " + arg);
            }
        }
        for (String arg : words) {
            if (!NAME.matcher(arg).matches() || arg.startsWith("-")) {
                throw new ProbeUsageException("nslookup: not a host name or address: " + arg);
            }
        }
    }

    @Override
    public String command(List<String> args) {
        return "nslookup " + String.join(" ", args);
    }

    @Override
    public DnsLookup parse(ProbeOutput output, List<String> args) throws ProbeParseException {
        List<String> lines = output.lines();
        String server = null;
        String serverAddress = null;
        String status = null;
        String pendingName = null;
        List<DnsLookup.Answer> answers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m;
            if (line.isBlank() || line.startsWith("Non-authoritative answer:")) {
                continue;
            }
            if (NO_SERVERS.matcher(line).matches()) {
                status = status == null ? DnsLookup.TIMEOUT : status;
                output.from("status", i);
            } else if (line.startsWith(";;")) {
                continue; // per-try comments: "communications error", "Got SERVFAIL reply"
            } else if ((m = SERVER.matcher(line)).matches()) {
                if (server == null) {
                    server = m.group(1);
                    output.from("server", i);
                }
            } else if ((m = SERVER_ADDRESS.matcher(line)).matches()) {
                if (serverAddress == null) {
                    serverAddress = m.group(1);
                    output.from("serverAddress", i);
                }
            } else if ((m = ANSWER_NAME.matcher(line)).matches()) {
                pendingName = m.group(1);
            } else if (pendingName != null && (m = ANSWER_ADDRESS.matcher(line)).matches()) {
                String address = m.group(1);
                answers.add(new DnsLookup.Answer(pendingName, address.contains(":") ? "AAAA" : "A", address));
                output.from("answers", i);
                pendingName = null;
            } else if ((m = CNAME.matcher(line)).matches()) {
                answers.add(new DnsLookup.Answer(m.group(1), "CNAME", m.group(2)));
                output.from("answers", i);
            } else if ((m = PTR.matcher(line)).matches()) {
                answers.add(new DnsLookup.Answer(m.group(1), "PTR", m.group(2)));
                output.from("answers", i);
            } else if ((m = CANNOT_FIND.matcher(line)).matches()) {
                status = status == null ? m.group(1) : status;
                output.from("status", i);
            } else if (NO_ANSWER.matcher(line).matches()) {
                output.from("answers", i);
            } else {
                throw ProbeParseException.at(name(), i + 1, line, "not an nslookup line");
            }
        }
        if (status == null && server == null && answers.isEmpty()) {
            throw ProbeParseException.atEnd(name(), lines, "no server, answer or error: nslookup did not run");
        }
        if (status == null) {
            status = DnsLookup.NOERROR;
        }
        return new DnsLookup(words(args).get(0), server, serverAddress, status, answers);
    }

    /** The name and server: what follows the leading options. */
    public static List<String> words(List<String> args) {
        int first = 0;
        while (first < args.size() && args.get(first).startsWith("-")) {
            first++;
        }
        return args.subList(first, args.size());
    }
}

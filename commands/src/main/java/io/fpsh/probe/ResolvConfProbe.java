package io.fpsh.probe;

import io.fpsh.device.Mode;
import io.fpsh.ftd.ResolvConfFile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code cat /etc/resolv.conf} in the expert shell: the name servers, search domains and options the device's
 * resolvers (nslookup, curl, the connector) use. Read as glibc reads it: comments and unknown keywords skipped,
 * the last {@code search} or {@code domain} line wins, {@code options} lines add up.
 */
public final class ResolvConfProbe implements Probe<ResolvConfFile> {
    static final String PATH = "/etc/resolv.conf";

    @Override public String name() { return "resolv-conf"; }

    @Override public String summary() { return "/etc/resolv.conf: the name servers, search domains and resolver options"; }

    @Override public Mode mode() { return Mode.EXPERT; }

    @Override public Class<ResolvConfFile> recordType() { return ResolvConfFile.class; }

    @Override public String command(List<String> args) { return "cat " + PATH; }

    @Override
    public ResolvConfFile parse(ProbeOutput output, List<String> args) throws ProbeParseException {
        FileProbes.requireRead(name(), output);
        List<String> servers = new ArrayList<>();
        List<String> search = List.of();
        int searchLine = -1;
        List<String> options = new ArrayList<>();
        List<String> lines = output.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = FileProbes.uncommented(lines.get(i), "#;");
            if (line.isEmpty()) {
                continue;
            }
            List<String> words = Arrays.asList(line.split("[ \t]+"));
            List<String> values = words.subList(1, words.size());
            switch (words.get(0)) {
                case "nameserver" -> {
                    if (!values.isEmpty()) {
                        output.from("nameservers[" + servers.size() + "]", i);
                        servers.add(values.get(0));
                    }
                }
                case "search", "domain" -> {
                    search = words.get(0).equals("domain") && !values.isEmpty() ? List.of(values.get(0)) : values;
                    searchLine = i;
                }
                case "options" -> {
                    output.from("options", i);
                    options.addAll(values);
                }
                default -> { /* sortlist, lookup...: not what the probe reports */ }
            }
        }
        if (searchLine >= 0) {
            output.from("searchDomains", searchLine);
        }
        return new ResolvConfFile(servers, search, options);
    }
}

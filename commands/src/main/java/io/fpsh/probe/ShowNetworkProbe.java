package io.fpsh.probe;

import io.fpsh.device.Mode;
import io.fpsh.ftd.FtdParseException;
import io.fpsh.ftd.NetworkInfo;
import io.fpsh.ftd.ShowNetworkParser;

import java.util.List;

/** {@code show network}: hostname, DNS servers, search domains, the management interface, the HTTP proxy. */
public final class ShowNetworkProbe implements Probe<NetworkInfo> {

    @Override public String name() { return "show-network"; }

    @Override public String summary() { return "show network: hostname, DNS servers and domains, management address, proxy"; }

    @Override public Mode mode() { return Mode.CLISH; }

    @Override public Class<NetworkInfo> recordType() { return NetworkInfo.class; }

    @Override public String command(List<String> args) { return "show network"; }

    @Override
    public NetworkInfo parse(ProbeOutput output, List<String> args) throws ProbeParseException {
        try {
            NetworkInfo info = ShowNetworkParser.parse(output.text());
            noteLabelled(output, "hostname", "Hostname");
            noteLabelled(output, "dnsServers", "DNS Servers");
            noteLabelled(output, "domains", "Domains");
            return info;
        } catch (FtdParseException e) {
            throw new ProbeParseException(name() + ": " + e.getMessage());
        }
    }

    /** Notes the first line labelled {@code label} as the source of {@code field}. */
    static void noteLabelled(ProbeOutput output, String field, String label) {
        List<String> lines = output.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).stripLeading().startsWith(label)) {
                output.from(field, i);
                return;
            }
        }
    }
}

package io.fpsh.local;

import io.fpsh.net.VirtualNetwork;
import io.fpsh.net.dns.ResolvConf;
import io.fpsh.sim.expert.CommandCall;
import io.fpsh.sim.expert.ExternalCommand;
import io.fpsh.sim.tools.CurlCommand;
import io.fpsh.sim.tools.NslookupCommand;
import io.fpsh.tools.curl.CurlDialect;
import io.fpsh.tools.curl.CurlEnvironment;
import io.fpsh.tools.nslookup.Dig;
import io.fpsh.tools.nslookup.Nslookup;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * curl, nslookup and dig of the local target, each built afresh per command on the host's resolver
 * configuration of that moment (Debian 12's curl 7.88.1 and BIND 9.18 dialects).
 */
final class LocalTools {

    static final String BIND_VERSION = "9.18.49-1~deb12u3-Debian";

    private final HostFiles host;
    private final VirtualNetwork network = new LocalNetwork();

    LocalTools(HostFiles host) {
        this.host = host;
    }

    Map<String, ExternalCommand> commands() {
        return Map.of(
                "curl", this::curl,
                "nslookup", new NslookupCommand(this::nslookup),
                "dig", new io.fpsh.sim.nettools.DigCommand(this::dig));
    }

    /** The C library's view, re-read at each command as glibc re-reads a changed resolv.conf. */
    private ResolvConf resolvConf() {
        return ResolvConf.parse(host.text(HostFiles.RESOLV_CONF));
    }

    private LocalResolver resolver(ResolvConf conf) {
        return new LocalResolver(new HostsFile(host.text(HostFiles.HOSTS)), conf, network);
    }

    private int curl(CommandCall call) {
        LocalCurlFiles files = LocalCurlFiles.forArguments(call.args(), call.context().workingDirectory());
        String defaultBundle = new String(host.read(HostFiles.CA_BUNDLE).orElse(new byte[0]), StandardCharsets.UTF_8);
        CurlEnvironment environment = new CurlEnvironment(network, resolver(resolvConf()), files, Instant::now,
                CurlDialect.MODERN, defaultBundle, call.outputToSession());
        return new CurlCommand(() -> environment).run(call);
    }

    private Nslookup nslookup() {
        ResolvConf conf = resolvConf();
        return new Nslookup(conf, network, resolver(conf), BIND_VERSION);
    }

    private Dig dig() {
        return new Dig(resolvConf(), network, BIND_VERSION);
    }
}

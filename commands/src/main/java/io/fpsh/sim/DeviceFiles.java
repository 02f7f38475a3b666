package io.fpsh.sim;

import io.fpsh.lab.LabFile;
import io.fpsh.net.server.LabPki;
import io.fpsh.sim.connector.ConnectorActivity;
import io.fpsh.sim.network.LabCertificates;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/** The files of a simulated FTD, each a view of the state: configuration, logs, and the CA files of the lab's PKI. */
final class DeviceFiles {
    static final String RESOLV_CONF = "/etc/resolv.conf";
    static final String CONNECTOR_PROPERTIES = "/ngfw/etc/sf/connector.properties";
    static final String ACTION_QUEUE_LOG = "/ngfw/var/log/action_queue.log";
    static final String CONNECTOR_LOG = "/ngfw/var/log/connector/connector.log";
    static final String CONNECTOR_CA = "/ngfw/etc/ssl/connectorCA.pem";
    static final String THAWTE_ROOTS = "/ngfw/etc/sf/keys/fireamp/thawte_roots";
    static final String SYSTEM_CA_PATH = "/etc/ssl/certs";
    static final String EVENT_HANDLER_SOCKET = "/ngfw/var/sf/run/EventHandler_SSEConnector.sock";

    private DeviceFiles() {}

    static SimFiles of(DeviceState state, ConnectorActivity logs) {
        SimFiles files = new SimFiles();
        LabFile lab = state.lab();
        for (String dir : List.of("/home/" + state.loginUser(), "/root", "/tmp", "/etc/sf", "/ngfw/var/common",
                "/ngfw/usr/local/sf/bin", SYSTEM_CA_PATH, "/var/log")) {
            files.addDirectory(dir);
        }
        files.addText(RESOLV_CONF, () -> resolvConf(state));
        files.addText("/etc/hostname", () -> state.hostname() + "\n");
        files.addText("/etc/hosts", () -> "127.0.0.1\tlocalhost\n" + state.ipv4().address() + "\t" + state.hostname() + "\n");
        LabFile.Connector connector = lab.connector();
        files.addText(CONNECTOR_PROPERTIES, () -> "registration_interval=" + connector.registrationInterval() + "\n"
                + "connector_port=" + connector.port() + "\n"
                + "connector_fqdn=" + connector.fqdn() + "\n");
        files.addText(ACTION_QUEUE_LOG, logs::actionQueueLog);
        files.addText(CONNECTOR_LOG, logs::connectorLog);
        files.addText("/ngfw/var/log/messages", () -> "");
        files.addText(EVENT_HANDLER_SOCKET, () -> "");
        for (LabFile.Process process : Objects.requireNonNullElse(lab.processes(), List.<LabFile.Process>of())) {
            files.addText("/ngfw/var/sf/run/" + process.name() + ".pid", () -> process.pid() + "\n");
            if (process.path() != null) {
                files.addText(process.path(), () -> "");
            }
        }
        if (lab.network().pki() != null) {
            Supplier<LabPki> pki = () -> LabCertificates.of(lab);
            files.addText(CONNECTOR_CA, () -> pki.get().caBundlePem());
            files.addDirectory(THAWTE_ROOTS);
            // The hashed names depend on the generated roots: computed once, on first listing or read.
            HashedDirectory hashed = new HashedDirectory(pki);
            files.addDynamicDirectory(THAWTE_ROOTS, hashed::entries);
        }
        return files;
    }

    static String resolvConf(DeviceState state) {
        StringBuilder out = new StringBuilder();
        if (!state.searchDomains().isEmpty()) {
            out.append("search ").append(String.join(" ", state.searchDomains())).append('\n');
        }
        for (String server : state.dnsServers()) {
            out.append("nameserver ").append(server).append('\n');
        }
        if (state.resolverTimeoutSeconds() != 5 || state.resolverAttempts() != 2) {
            // only a lab that departs from glibc's defaults writes them (test labs shorten the waits)
            out.append("options timeout:").append(state.resolverTimeoutSeconds())
                    .append(" attempts:").append(state.resolverAttempts()).append('\n');
        }
        return out.toString();
    }

    /** The OpenSSL-hashed CA directory, generated lazily from the lab's PKI. */
    private static final class HashedDirectory {
        private final Supplier<LabPki> pki;
        private Map<String, String> entries;

        HashedDirectory(Supplier<LabPki> pki) {
            this.pki = pki;
        }

        synchronized Map<String, String> entries() {
            if (entries == null) {
                entries = pki.get().hashedDirectory();
            }
            return entries;
        }
    }
}

package io.fpsh.sim;

import io.fpsh.ftd.ConnectorPropertiesRenderer;
import io.fpsh.ftd.ResolvConfRenderer;
import io.fpsh.lab.LabFile;
import io.fpsh.net.server.LabPki;
import io.fpsh.sim.connector.ConnectorActivity;
import io.fpsh.sim.network.LabCertificates;

import io.fpsh.net.server.DistinguishedName;
import io.fpsh.net.server.OpenSslSubjectHash;
import io.fpsh.sim.expert.CommandPaths;
import io.fpsh.sim.expert.MapFileSystem;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** The files of a simulated FTD, each a view of the state: configuration, logs, and the CA files of the lab's PKI. */
public final class DeviceFiles {
    static final String RESOLV_CONF = "/etc/resolv.conf";
    static final String CONNECTOR_PROPERTIES = "/ngfw/etc/sf/connector.properties";
    static final String ACTION_QUEUE_LOG = "/ngfw/var/log/action_queue.log";
    static final String CONNECTOR_LOG = "/ngfw/var/log/connector/connector.log";
    static final String CONNECTOR_CA = "/ngfw/etc/ssl/connectorCA.pem";
    static final String THAWTE_ROOTS = "/ngfw/etc/sf/keys/fireamp/thawte_roots";
    static final String SYSTEM_CA_PATH = "/etc/ssl/certs";
    static final String EVENT_HANDLER_SOCKET = "/ngfw/var/sf/run/EventHandler_SSEConnector.sock";

    /**
     * The folders the device's users write in: a redirection, vi's :w, and a playbook's {@code curl -o} alike. The
     * rest (the configuration the model renders, /etc/resolv.conf...) refuses a write as a read-only file system.
     * [fpsh: on the box root may write anywhere; the model keeps one rule for what it derives]
     */
    public static final List<String> WRITABLE_AREAS = List.of("/tmp/", "/home/", "/root/");

    /** What a program file holds: an ELF header's first bytes (cat shows binary noise, grep says "Binary file"). */
    private static final byte[] PROGRAM_BYTES = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0};

    private DeviceFiles() {}

    public static MapFileSystem of(DeviceState state, ConnectorActivity connector) {
        MapFileSystem files = new MapFileSystem(() -> state.clock().now().atZone(ZoneOffset.UTC));
        LabFile lab = state.lab();
        // an FMC has the same tree without /ngfw (DevicePaths), and none of the FTD's SSE connector files
        boolean fmc = lab.device().isFmc();
        UnaryOperator<String> at = path -> DevicePaths.of(lab.device(), path);
        for (String dir : List.of("/home/" + state.loginUser(), "/root", "/tmp", "/ngfw/etc/sf", "/ngfw/var/common",
                "/ngfw/var/log", "/ngfw/usr/local/sf/bin", SYSTEM_CA_PATH)) {
            files.mkdirs(at.apply(dir));
        }
        if (!fmc) {
            // [BELIEVED, not verified: the guide's prompt root@firepower:/etc/sf# and the FMC's paths without /ngfw
            // (facts 2.3) suggest the FTD's /etc/sf and /var/log lead into /ngfw; links are our guess at how]
            files.putSymlink("/etc/sf", "/ngfw/etc/sf");
            files.putSymlink("/var/log", "/ngfw/var/log");
        }
        files.allowWritesUnder(WRITABLE_AREAS);
        CommandPaths.directories().forEach(dir -> files.mkdirs(at.apply(dir)));
        for (String program : CommandPaths.programs()) {
            files.putExecutable(at.apply(program), PROGRAM_BYTES);
        }
        files.putGenerated(RESOLV_CONF, text(() -> resolvConf(state)));
        files.setModified(RESOLV_CONF, () -> state.resolvConfWritten().atZone(ZoneOffset.UTC));
        files.putGenerated("/etc/hostname", text(() -> state.hostname() + "\n"));
        files.putGenerated("/etc/hosts", text(() -> "127.0.0.1\tlocalhost\n" + state.ipv4().address() + "\t" + state.hostname() + "\n"));
        if (!fmc) {
            // generated: an FMC deployment rewrites it (the region)
            files.putGenerated(CONNECTOR_PROPERTIES, text(() -> ConnectorPropertiesRenderer.render(StateViews.connectorProperties(state))));
            files.putGenerated(ACTION_QUEUE_LOG, text(connector::actionQueueLog));
            files.putGenerated(CONNECTOR_LOG, text(connector::connectorLog));
            files.putSocket(EVENT_HANDLER_SOCKET);
        }
        files.putGenerated(at.apply("/ngfw/var/log/messages"), text(() -> MessagesLog.render(state)));
        for (LabFile.Process process : state.daemons()) {
            // the pid file follows a restart (pmtool restartbyid) as pmtool's record does
            files.putGenerated(at.apply("/ngfw/var/sf/run/" + process.name() + ".pid"), text(() -> state.current(process).pid() + "\n"));
            if (process.path() != null) {
                files.putText(process.path(), "");
            }
        }
        if (lab.network().pki() != null) {
            addCaFiles(files, lab);
        }
        return files;
    }

    /**
     * connectorCA.pem and the hashed thawte_roots directory. The file names come from the CA subjects alone, so
     * the keys (slow to make) are only generated when a file is read.
     */
    private static void addCaFiles(MapFileSystem files, LabFile lab) {
        Supplier<LabPki> pki = () -> LabCertificates.of(lab);
        // [UNVERIFIED on an FMC: /etc/ssl/connectorCA.pem, the FTD's bundle without /ngfw (facts 2.3's rule, B5)]
        files.putGenerated(DevicePaths.of(lab.device(), CONNECTOR_CA), text(() -> pki.get().caBundlePem()));
        String thawteRoots = DevicePaths.of(lab.device(), THAWTE_ROOTS);
        files.mkdirs(thawteRoots);
        List<LabFile.Ca> cas = new ArrayList<>();
        cas.add(lab.network().pki().root());
        if (lab.network().pki().intermediate() != null) {
            cas.add(lab.network().pki().intermediate());
        }
        for (LabFile.Ca ca : cas) {
            String hash = OpenSslSubjectHash.of(DistinguishedName.parse(ca.subject()).toX500Name());
            String id = ca == lab.network().pki().root() ? LabCertificates.ROOT : LabCertificates.INTERMEDIATE;
            files.putGenerated(thawteRoots + "/" + hash + ".0", text(() -> LabPki.toPem(pki.get().certificate(id))));
        }
    }

    private static Supplier<byte[]> text(Supplier<String> content) {
        return () -> content.get().getBytes(StandardCharsets.UTF_8);
    }

    public static String resolvConf(DeviceState state) {
        return ResolvConfRenderer.render(StateViews.resolvConf(state));
    }

}

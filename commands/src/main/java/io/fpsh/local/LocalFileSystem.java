package io.fpsh.local;

import io.fpsh.sim.expert.MapFileSystem;
import io.fpsh.sim.expert.SimFileSystem;
import java.time.ZonedDateTime;

/**
 * What the expert shell's cat, ls, grep... may see of the operator's machine: /etc/resolv.conf and /etc/hosts
 * (read afresh each time) and empty directories for home and the start directory, so that cd and pwd work.
 * Nothing else of the host is read, and nothing is written.
 */
final class LocalFileSystem {

    private LocalFileSystem() {}

    static SimFileSystem of(HostFiles host, HostIdentity identity) {
        MapFileSystem files = new MapFileSystem(ZonedDateTime::now);
        files.mkdirs(identity.home()).mkdirs(identity.startDirectory());
        files.putGenerated(HostFiles.RESOLV_CONF, () -> host.read(HostFiles.RESOLV_CONF).orElse(new byte[0]));
        files.putGenerated(HostFiles.HOSTS, () -> host.read(HostFiles.HOSTS).orElse(new byte[0]));
        return files;
    }
}

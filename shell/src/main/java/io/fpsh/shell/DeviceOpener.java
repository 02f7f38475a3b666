package io.fpsh.shell;

import io.fpsh.device.Device;
import io.fpsh.device.TargetException;
import io.fpsh.target.Targets;
import io.fpsh.ssh.ChangeGuard;
import io.fpsh.ssh.ChangePolicy;

/** Opens a target spec ({@code lab:NAME|FILE}); replaceable so tests can run the shell against a fake device. */
@FunctionalInterface
public interface DeviceOpener {

    Device open(String spec) throws TargetException;

    /** The real targets: the lab simulator (and whatever {@link Targets} learns to open). */
    static DeviceOpener standard() {
        return Targets::open;
    }

    /** What {@code opener} opens, a real device over SSH behind the check of commands that change it. */
    static DeviceOpener guarded(DeviceOpener opener, ChangePolicy policy) {
        return spec -> ChangeGuard.guard(opener.open(spec), policy);
    }
}

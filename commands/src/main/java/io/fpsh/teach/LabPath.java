package io.fpsh.teach;

import io.fpsh.lab.LabFile;
import io.fpsh.sim.network.PathChanges;

/**
 * The systems on a lab device's way out that the stand-in commands change ({@code :net}, issue 12 §3): the firewall
 * on the path and the corporate proxy's TLS inspection. They are the lab network's, read by its servers, the
 * device's tools and the daemons' model alike; {@code :lab reset} undoes them. A device alone in its lab has them; a
 * fleet's device, which shares one network with the others ({@code Device#feature}), has none.
 */
public interface LabPath {

    /** The lab as planted: its hosts, the firewall's drops and rejects, the proxy that inspects TLS. */
    LabFile lab();

    /** What the stand-ins have changed now. */
    PathChanges changes();

    /** Adds a firewall rule, in force from now on; false when it was there already. */
    boolean allow(PathChanges.Allow rule);

    /** Exempts a host (a name or {@code *.DOMAIN}) from TLS inspection from now on; false when it was already. */
    boolean exempt(String host);
}

package io.fpsh.shell.serve;

import java.nio.file.Path;

/**
 * What {@code fpsh serve} was asked for.
 *
 * @param labSpec   the lab, as {@code Targets.open} takes it ({@code lab:NAME|FILE})
 * @param bind      the address to listen on
 * @param port      the port; 0 picks a free one (tests)
 * @param usersFile the accounts file, or null to accept the lab's own account (loopback only)
 * @param shared    true: one device for all sessions; false: every session gets its own copy of the lab
 * @param home      fpsh's home folder; the host key is kept in its {@code serve/} folder
 * @param fleet     0, or the number of distinct devices served, chosen by the login name ({@code admin%ftd0042})
 * @param fleetLabs under {@code --fleet}, the labs given in turn to its devices (ftd0001 the first, ftd0002 the
 *                  second...); empty: every device is of {@code labSpec}
 */
public record ServeSettings(String labSpec, String bind, int port, Path usersFile, boolean shared, Path home, int fleet,
                            java.util.List<String> fleetLabs) {

    public ServeSettings {
        fleetLabs = fleetLabs == null ? java.util.List.of() : java.util.List.copyOf(fleetLabs);
    }

    public ServeSettings(String labSpec, String bind, int port, Path usersFile, boolean shared, Path home, int fleet) {
        this(labSpec, bind, port, usersFile, shared, home, fleet, java.util.List.of());
    }

    /** A single lab: a copy per session, or one shared device. */
    public ServeSettings(String labSpec, String bind, int port, Path usersFile, boolean shared, Path home) {
        this(labSpec, bind, port, usersFile, shared, home, 0);
    }

    /** The same with {@code --fleet size}; the size is checked when the server starts. */
    public ServeSettings withFleet(int size) {
        return new ServeSettings(labSpec, bind, port, usersFile, shared, home, size, fleetLabs);
    }

    /** The same with {@code --fleet size} whose devices take {@code labs} in turn (the first is {@code labSpec}). */
    public ServeSettings withFleet(int size, java.util.List<String> labs) {
        return new ServeSettings(labs.isEmpty() ? labSpec : labs.get(0), bind, port, usersFile, shared, home, size, labs);
    }

    /** The labs a fleet's devices take in turn: {@code fleetLabs}, or {@code labSpec} alone. */
    public java.util.List<String> labsInTurn() {
        return fleetLabs.isEmpty() ? java.util.List.of(labSpec) : fleetLabs;
    }

    /** A fleet has 1 device at least, and at most one per address of 198.18.0.0/15 less the gateway's. */
    public static void checkFleetSize(int size) throws ServeException {
        if (size < 1 || size > FleetNames.MAX_SIZE) {
            throw new ServeException("--fleet " + size + ": give 1 to " + FleetNames.MAX_SIZE
                    + " devices (one address each in 198.18.0.0/15)");
        }
    }
}

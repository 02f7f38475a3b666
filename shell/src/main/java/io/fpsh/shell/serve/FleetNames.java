package io.fpsh.shell.serve;

import io.fpsh.device.TargetException;
import io.fpsh.sim.DeviceState;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names and management addresses of a fleet's devices. Device N is {@code ftdNNNN} (four digits at least) with
 * the address 198.18.0.0 + N in the benchmarking range 198.18.0.0/15 (ftd0042 is 198.18.0.42, ftd0300 198.18.1.44),
 * netmask 255.254.0.0; the range's last host address, 198.19.255.254, is their gateway, so a fleet holds at most
 * 131069 devices. The addresses are virtual: nothing binds or dials them. Each device also has its own MAC address,
 * in the range vCenter gives VMware guests (00:50:56:80:00:00 + N), and a UUID whose node part is that MAC, as in the
 * time-based UUIDs FTDv devices carry; the rest of the UUID is the lab's.
 */
final class FleetNames {
    static final int MAX_SIZE = (1 << 17) - 3; // the /15's host addresses less the gateway
    private static final long BASE = (198L << 24) | (18L << 16);
    private static final String NETMASK = "255.254.0.0";
    private static final String GATEWAY = "198.19.255.254";
    private static final Pattern NAME = Pattern.compile("ftd(\\d{4,6})");
    private static final Pattern SHOWABLE = Pattern.compile("[A-Za-z0-9._-]{1,32}");

    private final int size;

    FleetNames(int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("fleet size " + size);
        }
        this.size = size;
    }

    static String hostname(int number) {
        return String.format(Locale.ROOT, "ftd%04d", number);
    }

    static DeviceState.Ipv4 management(int number) {
        long address = BASE + number;
        String text = (address >> 24) + "." + ((address >> 16) & 0xff) + "." + ((address >> 8) & 0xff) + "."
                + (address & 0xff);
        return new DeviceState.Ipv4("Manual", text, NETMASK, GATEWAY);
    }

    static DeviceState.Hardware hardware(int number, String labUuid) {
        long mac = 0x005056800000L + number;
        String node = String.format(Locale.ROOT, "%012x", mac);
        StringBuilder colons = new StringBuilder();
        for (int i = 0; i < node.length(); i += 2) {
            colons.append(i == 0 ? "" : ":").append(node, i, i + 2);
        }
        String uuid = labUuid != null && labUuid.length() == 36 ? labUuid.substring(0, 24) + node : null;
        return new DeviceState.Hardware(uuid, colons.toString().toUpperCase(Locale.ROOT));
    }

    /** The number of the device a login asked for; no device part means the first. Case does not matter, as in DNS. */
    int number(String device) throws TargetException {
        if (device == null) {
            return 1;
        }
        Matcher name = NAME.matcher(device.toLowerCase(Locale.ROOT));
        if (name.matches()) {
            int number = Integer.parseInt(name.group(1));
            if (number >= 1 && number <= size && hostname(number).equals(name.group())) {
                return number;
            }
        }
        // A name is echoed only when it is plainly one: a login name may hold anything, control characters included.
        String named = SHOWABLE.matcher(device).matches() ? "'" + device + "'" : "of that name";
        throw new TargetException("no device " + named + " in this fleet (" + hostname(1) + " to " + hostname(size)
                + ")");
    }
}

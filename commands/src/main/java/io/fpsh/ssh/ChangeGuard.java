package io.fpsh.ssh;

import io.fpsh.device.Device;
import io.fpsh.device.DeviceIo;
import io.fpsh.device.Mode;

import java.util.List;
import java.util.Locale;

/**
 * A real device behind a check: a line that would change it ({@link DeviceChanges}) is sent only as the
 * {@link ChangePolicy} says. A line not sent prints one line on stderr and has status 1, like a command that failed.
 */
public final class ChangeGuard implements Device {
    /** The status of a line that was not sent. */
    public static final int NOT_SENT = 1;
    /** How the line on stderr of a line not sent begins. */
    public static final String NOT_SENT_PREFIX = "fpsh: not sent";
    static final String QUESTION = "This command changes the device. Send it? [y/N]: ";

    private final Device device;
    private final ChangePolicy policy;
    private final DeviceChanges changes;

    private ChangeGuard(Device device, ChangePolicy policy, DeviceChanges changes) {
        this.device = device;
        this.policy = policy;
        this.changes = changes;
    }

    /**
     * {@code device} behind the check when it is a real device over SSH ({@code ssh://} targets); anything else
     * (the lab simulator, the local machine) and {@link ChangePolicy#ALLOW} as it is.
     */
    public static Device guard(Device device, ChangePolicy policy) {
        if (policy == ChangePolicy.ALLOW || device instanceof ChangeGuard || !device.targetName().startsWith("ssh://")) {
            return device;
        }
        return new ChangeGuard(device, policy, DeviceChanges.standard());
    }

    @Override
    public int run(String line, DeviceIo io) {
        if (!changes.changes(device.mode(), line)) {
            return device.run(line, io);
        }
        String command = line.strip();
        switch (policy) {
            case READ_ONLY -> {
                io.err().println(NOT_SENT_PREFIX + ": '" + command + "' changes the device and this session is --read-only");
                return notSent(io);
            }
            case REFUSE -> {
                io.err().println(NOT_SENT_PREFIX + ": '" + command + "' changes the device; add --allow-changes to send it");
                return notSent(io);
            }
            case ASK -> {
                String answer = io.readLine(QUESTION);
                if (answer != null && List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT))) {
                    return device.run(line, io);
                }
                io.err().println(NOT_SENT_PREFIX);
                return notSent(io);
            }
            default -> {
                return device.run(line, io);
            }
        }
    }

    private static int notSent(DeviceIo io) {
        io.err().flush();
        return NOT_SENT;
    }

    @Override
    public String banner() {
        return device.banner();
    }

    @Override
    public Mode mode() {
        return device.mode();
    }

    @Override
    public String prompt() {
        return device.prompt();
    }

    @Override
    public void cancel() {
        device.cancel();
    }

    @Override
    public List<String> listFiles(String directory) {
        return device.listFiles(directory);
    }

    @Override
    public boolean isOpen() {
        return device.isOpen();
    }

    @Override
    public String targetName() {
        return device.targetName();
    }

    @Override
    public void close() {
        device.close();
    }
}

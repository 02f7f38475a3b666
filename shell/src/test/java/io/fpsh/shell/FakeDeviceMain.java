package io.fpsh.shell;

/**
 * fpsh with every target opened as a {@link FakeDevice}: the main class of the subprocess and tmux tests that check
 * the shell's mechanics without the simulator (fast, and independent of the labs).
 */
public final class FakeDeviceMain {
    private FakeDeviceMain() {}

    public static void main(String[] args) {
        Main.runAndExit(args, FakeDevice::new);
    }
}

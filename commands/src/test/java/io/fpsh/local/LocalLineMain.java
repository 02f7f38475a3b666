package io.fpsh.local;

import io.fpsh.device.DeviceIo;
import java.io.PrintStream;

/**
 * Runs one line on the local target and exits with its status: stdout and stderr are the line's own. The namespace
 * tests start it with {@code ip netns exec}, so that fpsh sees the namespace's network and resolv.conf.
 */
public final class LocalLineMain {

    private LocalLineMain() {}

    public static void main(String[] args) {
        int status;
        try (LocalMachine machine = new LocalMachine()) {
            status = machine.run(String.join(" ", args), new StandardIo(System.out, System.err));
        }
        System.out.flush();
        System.err.flush();
        System.exit(status);
    }

    private record StandardIo(PrintStream out, PrintStream err) implements DeviceIo {
        @Override public String readPassword(String prompt) { return null; }
        @Override public String readLine(String prompt) { return null; }
    }
}

package io.fpsh.local;

import io.fpsh.drive.CapturingIo;

/**
 * Runs one line on the local target and exits with its status: stdout and stderr are the line's own. The namespace
 * tests start it with {@code ip netns exec}, so that fpsh sees the namespace's network and resolv.conf.
 */
public final class LocalLineMain {

    private LocalLineMain() {}

    public static void main(String[] args) {
        int status;
        // as an ssh exec request: the streams kept apart, no dialog answered
        CapturingIo io = new CapturingIo();
        try (LocalMachine machine = new LocalMachine()) {
            status = machine.run(String.join(" ", args), io);
        }
        System.out.print(io.stdout());
        System.err.print(io.stderr());
        System.out.flush();
        System.err.flush();
        System.exit(status);
    }
}

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
        // stdout and stderr kept apart; a dialog meets the end of input, as with stdin at /dev/null
        CapturingIo io = CapturingIo.answering();
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

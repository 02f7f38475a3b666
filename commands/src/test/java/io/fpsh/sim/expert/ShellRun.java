package io.fpsh.sim.expert;

import io.fpsh.drive.CapturingIo;
/** One shell session over a test context; runs lines and keeps what the last one printed. */
final class ShellRun {

    final TestExpertContext context;
    final ExpertShell shell = new ExpertShell();
    CapturingIo io;
    int status;

    ShellRun(TestExpertContext context) {
        this.context = context;
    }

    ShellRun() {
        this(new TestExpertContext());
    }

    ShellRun run(String line) {
        io = CapturingIo.answering();
        status = shell.run(line, io, context);
        return this;
    }

    String out() {
        return io.stdout();
    }

    String err() {
        return io.stderr();
    }
}

package io.fpsh.sim.expert;

import io.fpsh.device.RawScreen;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code less [FILE]...}. Not on a terminal (piped, redirected, a script, {@code ssh host CMD}) it copies its input
 * as real less does. On a terminal it pages key by key ({@link LessPager}) on the alternate screen, which it leaves
 * on q so the shell's lines are back.
 */
final class LessCommand implements ExternalCommand {

    @Override
    public int run(CommandCall call) {
        GetOpt opts = new GetOpt(call.args(), "NSRFXiIMm", "");
        Optional<RawScreen> terminal = call.openScreen();
        if (terminal.isEmpty()) {
            return copy(call, opts.operands);
        }
        try (RawScreen screen = terminal.get()) {
            return page(call, screen, opts);
        }
    }

    /** Reads every file first, as less opens them; one it cannot read is reported and skipped. */
    private static int page(CommandCall call, RawScreen screen, GetOpt opts) {
        List<String> names = new ArrayList<>();
        List<List<String>> contents = new ArrayList<>();
        for (String file : opts.operands.isEmpty() ? List.of("-") : opts.operands) {
            if (!file.equals("-") && call.context().fileSystem().isDirectory(call.resolve(file))) {
                call.err().println(file + " is a directory");
                continue;
            }
            String text = ToolInput.read(call, file, reason -> file + ": " + reason);
            if (text != null) {
                names.add(file);
                // shown as the terminal would show the bytes: UTF-8
                contents.add(Text.lines(new String(text.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8)));
            }
        }
        if (names.isEmpty()) {
            return 1;
        }
        call.err().flush();
        screen.write(ScreenFrame.ENTER_ALTERNATE);
        try {
            LessPager pager = new LessPager(screen, call.cancellation(), opts.has('N'));
            for (int i = 0; i < names.size(); i++) {
                String next = i + 1 < names.size() ? names.get(i + 1) : null;
                if (pager.page(names.get(i), contents.get(i), next) == LessPager.Outcome.QUIT) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            screen.write(ScreenFrame.LEAVE_ALTERNATE);
        }
        return 0;
    }

    /**
     * As cat. A file it cannot open is reported on standard output, and less still exits 0 (less 590 here does
     * both off a terminal).
     */
    private static int copy(CommandCall call, List<String> files) {
        int status = 0;
        for (String file : files.isEmpty() ? List.of("-") : files) {
            if (!file.equals("-") && call.context().fileSystem().isDirectory(call.resolve(file))) {
                call.out().println(file + " is a directory");
                continue;
            }
            String text;
            try {
                text = file.equals("-") ? Text.bytes(Text.readAll(call.in()))
                        : Text.bytes(call.context().fileSystem().read(call.resolve(file)));
            } catch (SimFileException e) {
                call.out().println(file + ": " + e.getMessage());
                continue;
            }
            Text.writeRaw(call.out(), text);
        }
        return status;
    }
}

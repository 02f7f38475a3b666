package io.fpsh.sim.expert;

import java.util.List;

/** {@code cat} and {@code more}: print files (or standard input) as they are. */
final class FileCommands {

    int cat(CommandCall call) {
        GetOpt opts = new GetOpt(call.args(), "nuAET", "");
        if (opts.problem("cat") != null) {
            call.err().println(opts.problem("cat"));
            call.err().println("Try 'cat --help' for more information.");
            return 1;
        }
        List<String> files = opts.operands.isEmpty() ? List.of("-") : opts.operands;
        boolean number = opts.has('n');
        int status = 0;
        int lineNumber = 1;
        for (String file : files) {
            if (call.cancellation().isCancelled()) {
                return PipelineRunner.INTERRUPTED;
            }
            if (file.equals("-") && !number) {
                copyAsItArrives(call);
                continue;
            }
            String content = ToolInput.read(call, file, reason -> "cat: " + file + ": " + reason);
            if (content == null) {
                status = 1;
                continue;
            }
            if (number) {
                StringBuilder numbered = new StringBuilder();
                for (String line : Text.lines(content)) {
                    numbered.append(String.format("%6d\t", lineNumber++)).append(line).append('\n');
                }
                if (!Text.endsWithNewline(content)) {
                    numbered.setLength(numbered.length() - 1);
                }
                content = numbered.toString();
            }
            Text.writeRaw(call.out(), content);
        }
        return status;
    }

    /** Standard input to standard output chunk by chunk, so that {@code tail -f | cat} streams. */
    private static void copyAsItArrives(CommandCall call) {
        byte[] chunk = new byte[8192];
        try {
            for (int n; (n = call.in().read(chunk)) >= 0; ) {
                call.out().write(chunk, 0, n);
            }
        } catch (java.io.IOException e) {
            // the pipe was closed (Ctrl-C): the input simply ends
        }
    }

    /**
     * {@code more} with its output not on a terminal (the simulator cannot page): files are printed whole,
     * each under a {@code ::::::::::::::} header when there are several, as util-linux more does.
     */
    int more(CommandCall call) {
        List<String> files = call.args().stream().filter(a -> !a.startsWith("-") || a.equals("-")).toList();
        if (files.isEmpty()) {
            Text.writeRaw(call.out(), Text.bytes(Text.readAll(call.in())));
            return 0;
        }
        for (String file : files) {
            if (call.cancellation().isCancelled()) {
                return PipelineRunner.INTERRUPTED;
            }
            String path = call.resolve(file);
            if (call.context().fileSystem().isDirectory(path)) {
                call.out().print("\n*** " + file + ": directory ***\n\n");
                continue;
            }
            byte[] content;
            try {
                content = call.context().fileSystem().read(path);
            } catch (SimFileException e) {
                call.err().println("more: cannot open " + file + ": " + e.getMessage());
                continue; // util-linux more still exits 0
            }
            if (files.size() > 1) {
                call.out().print("::::::::::::::\n" + file + "\n::::::::::::::\n");
            }
            call.out().write(content, 0, content.length);
        }
        return 0;
    }
}

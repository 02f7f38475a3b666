package io.fpsh.sim.expert;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code tee [-a] [FILE]...}: standard input to standard output as it comes, and into each file of the device's
 * writable areas; a file the model refuses gets GNU tee's line ({@code tee: /etc/x: Read-only file system}) and the
 * copy goes on to the others, ending with status 1.
 */
final class TeeCommand implements ExternalCommand {

    @Override
    public int run(CommandCall call) {
        GetOpt opts = new GetOpt(call.args(), "ai", "");
        if (ToolInput.badOption(call, opts, "tee")) {
            return 1;
        }
        boolean append = opts.has('a');
        SimFileSystem fs = call.context().fileSystem();
        List<String> files = new ArrayList<>();
        int status = 0;
        for (String file : opts.operands) {
            if (write(call, fs, file, new byte[0], append)) {
                files.add(file); // opened (created or emptied) before the first byte, as tee does
            } else {
                status = 1;
            }
        }
        InputStream in = call.in();
        byte[] chunk = new byte[8192];
        try {
            for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
                call.out().write(chunk, 0, read);
                call.out().flush();
                byte[] data = Arrays.copyOf(chunk, read);
                int before = files.size();
                files.removeIf(file -> !write(call, fs, file, data, true));
                status = files.size() < before ? 1 : status;
            }
        } catch (IOException e) {
            return status; // the input broke (Ctrl-C): what came is written
        }
        return status;
    }

    /** Writes to one file; false after tee's message when the model refuses it. */
    private static boolean write(CommandCall call, SimFileSystem fs, String file, byte[] data, boolean append) {
        try {
            fs.write(call.resolve(file), data, append);
            return true;
        } catch (SimFileException e) {
            call.err().println("tee: " + file + ": " + e.getMessage());
            return false;
        }
    }
}

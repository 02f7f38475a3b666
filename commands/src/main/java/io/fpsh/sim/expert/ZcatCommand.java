package io.fpsh.sim.expert;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** {@code zcat [FILE]...}: gzip files of the simulated file system (rotated logs), decompressed, with gzip's errors. */
final class ZcatCommand implements ExternalCommand {

    @Override
    public int run(CommandCall call) {
        GetOpt opts = new GetOpt(call.args(), "fqv", "");
        if (opts.problem("gzip") != null) {
            call.err().println(opts.problem("gzip"));
            call.err().println("Try `gzip --help' for more information.");
            return 1;
        }
        int status = 0;
        for (String file : opts.operands.isEmpty() ? List.of("-") : opts.operands) {
            byte[] data;
            if (file.equals("-")) {
                data = Text.readAll(call.in());
            } else {
                try {
                    data = call.context().fileSystem().read(call.resolve(file));
                } catch (SimFileException e) {
                    if (e.reason() == SimFileException.Reason.NO_SUCH_FILE && !file.endsWith(".gz")
                            && call.context().fileSystem().exists(call.resolve(file + ".gz"))) {
                        file = file + ".gz";
                        try {
                            data = call.context().fileSystem().read(call.resolve(file));
                        } catch (SimFileException again) {
                            continue;
                        }
                    } else {
                        call.err().println("gzip: " + file + (e.reason() == SimFileException.Reason.IS_A_DIRECTORY
                                ? " is a directory -- ignored" : (file.endsWith(".gz") ? "" : ".gz") + ": " + e.getMessage()));
                        status = Math.max(status, e.reason() == SimFileException.Reason.IS_A_DIRECTORY ? 2 : 1);
                        continue;
                    }
                }
            }
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
                call.out().write(in.readAllBytes());
            } catch (IOException e) {
                // gzip 1.12 here starts the line with a newline (it ends a partial output line first)
                call.err().println("\ngzip: " + (file.equals("-") ? "stdin" : file) + ": "
                        + (data.length > 2 && (data[0] & 0xff) == 0x1f && (data[1] & 0xff) == 0x8b
                        ? "unexpected end of file" : "not in gzip format"));
                status = 1;
            }
        }
        return status;
    }
}

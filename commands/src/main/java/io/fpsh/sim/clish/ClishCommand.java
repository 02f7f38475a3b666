package io.fpsh.sim.clish;

import io.fpsh.device.DeviceIo;
import io.fpsh.grammar.ParseResult;
import io.fpsh.sim.FtdSession;

/** One clish command of the simulator, keyed by its grammar path. Returns 0, or 1 when the command failed. */
public interface ClishCommand {
    int run(ParseResult.Command command, FtdSession session, DeviceIo io);
}

package io.fpsh.sim.nettools;

import io.fpsh.sim.DeviceState;
import io.fpsh.sim.StateViews;
import io.fpsh.sim.expert.CommandCall;
import io.fpsh.sim.expert.ExternalCommand;

/**
 * {@code ntpq -p} (also {@code -pn}, {@code -c peers}): the device's ntpd peers, from the NTP model {@code show ntp}
 * reads. The interactive {@code ntpq>} prompt and the other queries are not simulated.
 */
public final class NtpqCommand implements ExternalCommand {
    private final DeviceState state;

    public NtpqCommand(DeviceState state) {
        this.state = state;
    }

    @Override
    public int run(CommandCall call) {
        boolean peers = false;
        for (int i = 0; i < call.args().size(); i++) {
            String arg = call.args().get(i);
            if (arg.equals("-c") && i + 1 < call.args().size() && call.args().get(i + 1).equals("peers")) {
                peers = true;
                i++;
            } else if (arg.matches("-[pn46]+")) {
                peers |= arg.contains("p");
            } else {
                call.err().println("ntpq: only -p, -n and -c peers are simulated here"); // [fpsh]
                return 1;
            }
        }
        if (!peers) {
            call.err().println("ntpq: the interactive ntpq> prompt is not simulated here; use ntpq -p"); // [fpsh]
            return 1;
        }
        String table = NtpPeersText.render(StateViews.ntp(state));
        if (table == null) {
            call.err().println("No association ID's returned");
            return 1;
        }
        call.out().print(table);
        return 0;
    }
}

package io.fpsh.sim.connector;

import io.fpsh.ftd.CanConnectLog;

/** One canConnect line of action_queue.log, from its record, as the guide shows it. */
final class ActionQueueLogRenderer {

    private ActionQueueLogRenderer() {}

    static String line(CanConnectLog.Run run) {
        return (run.time() == null ? "" : run.time() + " ") + "ActionQueueScrape.pl[" + run.pid()
                + "]: [SF::SSE::Enrollment] canConnect: System (" + run.command() + ") " + run.outcome()
                + ", curl returned " + run.curlReturnCode() + " at /ngfw/usr/local/sf/lib/perl/5.10.1/SF/System.pmline 10477.";
    }
}

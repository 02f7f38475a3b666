package io.fpsh.ftd;

import java.util.List;

/** ActionQueueScrape's canConnect lines in {@code /ngfw/var/log/action_queue.log}: the last ones, oldest first. */
public record CanConnectLog(List<Run> runs) {

    public CanConnectLog {
        runs = List.copyOf(runs);
    }

    /**
     * One line, e.g. {@code ActionQueueScrape.pl[19094]: [SF::SSE::Enrollment] canConnect: System (/usr/bin/curl ...
     * https://api-sse.cisco.com/providers/sse/api/v1/regions) Failed, curl returned 28 at ...}.
     *
     * @param time           what precedes {@code ActionQueueScrape.pl} on the line, as printed; null when nothing does
     *                       (the guide's sample has no time)
     * @param pid            ActionQueueScrape's pid, in the brackets
     * @param command        the command line canConnect ran, as logged (passwords masked, as in the evidence)
     * @param url            the URL it asked (the command's last word)
     * @param outcome        the word after the parenthesis, e.g. {@code Failed}
     * @param curlReturnCode curl's exit status (6: name not resolved, 7: no connection, 28: timed out...)
     */
    public record Run(String time, int pid, String command, String url, String outcome, int curlReturnCode) {}
}

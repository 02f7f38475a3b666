package io.fpsh.probe;

import io.fpsh.device.Mode;
import io.fpsh.ftd.CanConnectLog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ActionQueueScrape's canConnect lines in action_queue.log, the last {@value LogTail#LINES}: the command it ran, the
 * URL and curl's return code. {@code grep} first, so that other tasks' lines do not push them out of the tail. Runs
 * as root, as the guide reads the device's logs. Lines that mention canConnect in another shape are left in the
 * evidence.
 */
public final class ActionQueueLogProbe implements Probe<CanConnectLog> {
    static final String LOG = "/ngfw/var/log/action_queue.log";
    private static final String B = Columns.BLANKS;
    private static final Pattern RUN = Pattern.compile("^(.*?)(?:" + B + ")?ActionQueueScrape\\.pl\\[(\\d+)\\]:" + B
            + "\\[[^\\]]*\\]" + B + "canConnect:" + B + "System" + B + "\\((.*)\\)" + B + "(\\w+)," + B
            + "curl returned (\\d+)\\b.*$");

    @Override public String name() { return "action-queue-log"; }

    @Override public String summary() { return "action_queue.log: canConnect's runs (URL, curl's return code), as root"; }

    @Override public Mode mode() { return Mode.ROOT; }

    @Override public Class<CanConnectLog> recordType() { return CanConnectLog.class; }

    @Override public String command(List<String> args) { return "grep canConnect " + LOG + " | tail -n " + LogTail.LINES; }

    @Override
    public CanConnectLog parse(ProbeOutput output, List<String> args) throws ProbeParseException {
        List<String> lines = output.lines();
        List<CanConnectLog.Run> runs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = Columns.trim(lines.get(i));
            if (line.startsWith("grep:") || line.startsWith("tail:")) {
                throw ProbeParseException.at(name(), i + 1, lines.get(i), "could not read " + LOG);
            }
            Matcher run = RUN.matcher(line);
            // the record is printed as the evidence is: a proxy's password on the logged command line stays masked
            String command = run.matches() ? SecretMask.mask(run.group(3)) : "";
            String[] words = Columns.words(command);
            if (words.length == 0) {
                continue; // another shape, or a run of no command (no URL to report)
            }
            output.from("runs[" + runs.size() + "]", i);
            runs.add(new CanConnectLog.Run(run.group(1).isEmpty() ? null : run.group(1),
                    Digits.integer(name(), output, i, run.group(2)), command, words[words.length - 1], run.group(4),
                    Digits.integer(name(), output, i, run.group(5))));
        }
        return new CanConnectLog(runs);
    }
}

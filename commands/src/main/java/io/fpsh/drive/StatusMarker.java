package io.fpsh.drive;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Linux-shell line's exit status carried in its own output: the line is sent with {@link #SUFFIX}, and the marker
 * the shell prints last is read back and taken out, leaving the command's output as it was (also when that output
 * did not end with a newline, where the marker joins its last line).
 */
final class StatusMarker {
    static final String SUFFIX = "; echo \"fpsh-status=$?\"";
    private static final Pattern AT_END = Pattern.compile("fpsh-status=(\\d{1,3})\\n?$");

    private StatusMarker() {}

    /** The result with the marker's status as its exit status and the marker gone; unchanged where none came back. */
    static CommandResult takenOut(CommandResult raw) {
        if (!raw.completed()) {
            return raw;
        }
        Matcher inOutput = AT_END.matcher(raw.output());
        Matcher inStdout = AT_END.matcher(raw.stdout());
        if (!inOutput.find() || !inStdout.find()) {
            return raw;
        }
        return new CommandResult(raw.line(), raw.mode(), raw.output().substring(0, inOutput.start()),
                raw.stdout().substring(0, inStdout.start()), raw.stderr(), Integer.parseInt(inOutput.group(1)),
                raw.duration(), raw.outcome(), raw.error());
    }
}

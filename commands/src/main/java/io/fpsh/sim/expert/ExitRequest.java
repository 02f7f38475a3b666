package io.fpsh.sim.expert;

import java.io.PrintStream;
import java.util.List;

/**
 * What bash's {@code exit [N]} asks for: N modulo 256, or the last status without N; a non-number leaves with 2 after
 * bash's message; too many arguments leave an interactive shell in place (status 1).
 *
 * @param leaves whether the shell ends
 * @param status the status it ends with, or the command's status when it stays
 */
public record ExitRequest(boolean leaves, int status) {

    public static ExitRequest read(List<String> args, int lastStatus, PrintStream err) {
        if (args.size() > 1) {
            err.println("-bash: exit: too many arguments");
            return new ExitRequest(false, 1);
        }
        if (args.isEmpty()) {
            return new ExitRequest(true, lastStatus);
        }
        String value = args.get(0);
        try {
            return new ExitRequest(true, (int) (parseNumber(value) & 0xff));
        } catch (NumberFormatException e) {
            err.println("-bash: exit: " + BashQuoting.forMessage(value) + ": numeric argument required");
            return new ExitRequest(true, 2);
        }
    }

    /** A decimal 64-bit number with an optional sign and blanks around it, as bash's legal_number reads it. */
    private static long parseNumber(String value) {
        if (!value.matches("\\s*[-+]?\\d+[ \t]*")) {
            throw new NumberFormatException(value);
        }
        return Long.parseLong(value.trim()); // out of range is not a number either
    }
}

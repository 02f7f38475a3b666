package io.fpsh.sim;

import java.util.List;

/**
 * A {@code sudo} command line as sudo 1.9's getopt reads it: options up to the first operand (which starts the
 * command), short ones clustered ({@code -nl}) or with their value attached ({@code -uroot}), and the long forms of
 * those fpsh models. {@code problem} is sudo's complaint about a bad option, shown above the usage.
 */
record SudoOptions(String user, String directory, boolean nonInteractive, boolean list, boolean login, boolean shell,
                   boolean validate, boolean resetTicket, boolean removeTicket, boolean help,
                   List<String> command, String problem) {

    /** sudo's usage, as sudo 1.9.13 prints it after a bad option or without a command. */
    static final String USAGE = """
            usage: sudo -h | -K | -k | -V
            usage: sudo -v [-ABkNnS] [-g group] [-h host] [-p prompt] [-u user]
            usage: sudo -l [-ABkNnS] [-g group] [-h host] [-p prompt] [-U user] [-u user]
                        [command [arg ...]]
            usage: sudo [-ABbEHkNnPS] [-r role] [-t type] [-C num] [-D directory] [-g
                        group] [-h host] [-p prompt] [-R directory] [-T timeout] [-u user]
                        [VAR=value] [-i | -s] [command [arg ...]]
            usage: sudo -e [-ABkNnS] [-r role] [-t type] [-C num] [-D directory] [-g group]
                        [-h host] [-p prompt] [-R directory] [-T timeout] [-u user] file ...
            """;

    /** Option letters that take no value and that fpsh accepts without modelling (-E, -H, -P keep or set env). */
    private static final String IGNORED = "EHPSAB";
    /** Option letters that take a value: -u USER, -D DIRECTORY, -g GROUP, -p PROMPT. */
    private static final String VALUED = "uDgp";

    static SudoOptions parse(List<String> args) {
        Builder b = new Builder();
        int i = 0;
        for (; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                i++;
                break;
            }
            if (!arg.startsWith("-") || arg.equals("-")) {
                break;
            }
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                String value = null;
                int equals = name.indexOf('=');
                if (equals >= 0) {
                    value = name.substring(equals + 1);
                    name = name.substring(0, equals);
                }
                char letter = switch (name) {
                    case "user" -> 'u';
                    case "chdir" -> 'D';
                    case "group" -> 'g';
                    case "non-interactive" -> 'n';
                    case "list" -> 'l';
                    case "login" -> 'i';
                    case "shell" -> 's';
                    case "validate" -> 'v';
                    case "reset-timestamp" -> 'k';
                    case "remove-timestamp" -> 'K';
                    case "help" -> 'h';
                    default -> 0;
                };
                if (letter == 0) {
                    return b.fail("sudo: unrecognized option '" + arg + "'");
                }
                if (VALUED.indexOf(letter) >= 0 && value == null) {
                    if (i + 1 >= args.size()) {
                        return b.fail("sudo: option '--" + name + "' requires an argument");
                    }
                    value = args.get(++i);
                }
                b.set(letter, value);
                continue;
            }
            for (int k = 1; k < arg.length(); k++) {
                char letter = arg.charAt(k);
                if (VALUED.indexOf(letter) >= 0) {
                    String value = arg.substring(k + 1);
                    if (value.isEmpty()) {
                        if (i + 1 >= args.size()) {
                            return b.fail("sudo: option requires an argument -- '" + letter + "'");
                        }
                        value = args.get(++i);
                    }
                    b.set(letter, value);
                    break;
                }
                if ("nlisvkKh".indexOf(letter) < 0 && IGNORED.indexOf(letter) < 0) {
                    return b.fail("sudo: invalid option -- '" + letter + "'");
                }
                b.set(letter, null);
            }
        }
        b.command = List.copyOf(args.subList(Math.min(i, args.size()), args.size()));
        return b.build(null);
    }

    /** True when sudo has nothing to do but print its usage: no command and no option that stands alone. */
    boolean needsUsage() {
        return command.isEmpty() && !list && !login && !shell && !validate && !resetTicket && !removeTicket && !help;
    }

    private static final class Builder {
        String user;
        String directory;
        boolean nonInteractive;
        boolean list;
        boolean login;
        boolean shell;
        boolean validate;
        boolean resetTicket;
        boolean removeTicket;
        boolean help;
        List<String> command = List.of();

        void set(char letter, String value) {
            switch (letter) {
                case 'u' -> user = value;
                case 'D' -> directory = value;
                case 'n' -> nonInteractive = true;
                case 'l' -> list = true;
                case 'i' -> login = true;
                case 's' -> shell = true;
                case 'v' -> validate = true;
                case 'k' -> resetTicket = true;
                case 'K' -> removeTicket = true;
                case 'h' -> help = true;
                default -> { } // accepted, not modelled (-p's prompt is FTD's "Password:" regardless, -g's group)
            }
        }

        SudoOptions fail(String problem) {
            return build(problem);
        }

        SudoOptions build(String problem) {
            return new SudoOptions(user, directory, nonInteractive, list, login, shell, validate, resetTicket, removeTicket, help,
                    command, problem);
        }
    }
}

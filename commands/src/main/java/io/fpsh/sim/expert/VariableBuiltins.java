package io.fpsh.sim.expert;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The builtins that read or change the shell's own state, with bash's messages: {@code export} and {@code unset},
 * and {@code history} and {@code env} (a program on the box, here reading the exported variables).
 */
final class VariableBuiltins {

    private static final Set<String> NAMES = Set.of("export", "unset", "history", "env");

    private final ShellVariables variables;
    private final ExpertContext context;

    VariableBuiltins(ShellVariables variables, ExpertContext context) {
        this.variables = variables;
        this.context = context;
    }

    static boolean has(String name) {
        return NAMES.contains(name);
    }

    static Set<String> names() {
        return NAMES;
    }

    int run(String name, List<String> args, PrintStream out, PrintStream err) {
        return switch (name) {
            case "export" -> export(args, out, err);
            case "history" -> history(args, out, err);
            case "env" -> env(args, out, err);
            default -> unset(args, err);
        };
    }

    /**
     * {@code history [N]}: the shell's lines numbered as bash prints them, this one last; {@code history -c} forgets
     * them all, {@code history -d N} the line numbered N (bash 5's messages).
     */
    private int history(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty() && args.get(0).equals("-c")) {
            variables.clearHistory();
            return 0;
        }
        if (!args.isEmpty() && args.get(0).equals("-d")) {
            if (args.size() < 2) {
                err.println("-bash: history: -d: option requires an argument");
                err.println("history: usage: history [-c] [-d offset] [n] or history -anrw [filename] or history -ps arg [arg...]");
                return 2;
            }
            String offset = args.get(1);
            if (!offset.matches("\\d{1,9}") || !variables.forgetHistoryLine(Integer.parseInt(offset))) {
                err.println("-bash: history: " + offset + ": history position out of range");
                return 1;
            }
            return 0;
        }
        List<String> lines = variables.history();
        int base = variables.historyBase();
        int first = 0;
        if (!args.isEmpty()) {
            if (!args.get(0).matches("\\d{1,9}")) {
                boolean option = args.get(0).startsWith("-");
                err.println("-bash: history: " + args.get(0) + (option ? ": invalid option" : ": numeric argument required"));
                if (option) {
                    err.println("history: usage: history [-c] [-d offset] [n] or history -anrw [filename] or history -ps arg [arg...]");
                }
                return option ? 2 : 1;
            }
            first = Math.max(0, lines.size() - Integer.parseInt(args.get(0)));
        }
        for (int i = first; i < lines.size(); i++) {
            out.printf("%5d  %s%n", i + base, lines.get(i));
        }
        return 0;
    }

    /** {@code env}: the exported variables, NAME=value, one a line (running a program under env is not simulated). */
    private int env(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            String arg = args.get(0);
            err.println(arg.startsWith("-") ? "env: invalid option -- '" + arg.substring(Math.min(1, arg.length())) + "'"
                    : "env: running a command under env is not simulated: run '" + arg + "' itself"); // [UNVERIFIED] fpsh's own
            return 125;
        }
        variables.exported(context).forEach((variable, value) -> value.ifPresent(v -> out.println(variable + "=" + v)));
        return 0;
    }

    /** {@code export [-n] [NAME[=VALUE]...]}, {@code export [-p]}: the list in bash's {@code declare -x} form. */
    private int export(List<String> args, PrintStream out, PrintStream err) {
        int first = 0;
        boolean remove = false;
        boolean list = false;
        for (; first < args.size() && args.get(first).startsWith("-") && args.get(first).length() > 1; first++) {
            String option = args.get(first);
            if (option.equals("--")) {
                first++;
                break;
            }
            for (char c : option.substring(1).toCharArray()) {
                if (c == 'n') {
                    remove = true;
                } else if (c == 'p') {
                    list = true;
                } else if (c != 'f') {
                    err.println("-bash: export: -" + c + ": invalid option");
                    err.println("export: usage: export [-fn] [name[=value] ...] or export -p");
                    return 2;
                }
            }
        }
        if (first == args.size()) {
            if (list || !remove) {
                variables.exported(context).forEach((variable, value) -> out.println(declaration(variable, value)));
            }
            return 0;
        }
        int status = 0;
        for (String arg : args.subList(first, args.size())) {
            int equals = arg.indexOf('=');
            String variable = equals < 0 ? arg : arg.substring(0, equals);
            if (!ShellVariables.isName(variable)) {
                err.println("-bash: export: `" + arg + "': not a valid identifier");
                status = 1;
                continue;
            }
            if (equals >= 0) {
                String problem = variables.assign(variable, arg.substring(equals + 1));
                if (problem != null) {
                    err.println("-bash: " + problem);
                    status = 1;
                    continue;
                }
            }
            if (remove) {
                variables.unexport(variable);
            } else {
                variables.export(variable);
            }
        }
        return status;
    }

    /** {@code unset [-v] NAME...}: a name that is no variable's is quietly ignored, as bash does. */
    private int unset(List<String> args, PrintStream err) {
        int status = 0;
        for (String arg : args) {
            if (arg.equals("-v") || arg.equals("-f") || !ShellVariables.isName(arg)) {
                continue;
            }
            String problem = variables.unset(arg);
            if (problem != null) {
                err.println("-bash: " + problem);
                status = 1;
            }
        }
        return status;
    }

    /** {@code declare -x NAME="value"}, with what double quotes would expand escaped; no value when not set. */
    static String declaration(String name, Optional<String> value) {
        if (value.isEmpty()) {
            return "declare -x " + name;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.get().toCharArray()) {
            if (c == '"' || c == '\\' || c == '$' || c == '`') {
                quoted.append('\\');
            }
            quoted.append(c);
        }
        return "declare -x " + name + "=" + quoted.append('"');
    }
}

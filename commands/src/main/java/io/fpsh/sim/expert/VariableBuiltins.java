package io.fpsh.sim.expert;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The builtins that change the shell's own variables, {@code export} and {@code unset}, with bash's messages. */
final class VariableBuiltins {

    private static final Set<String> NAMES = Set.of("export", "unset");

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
        return name.equals("export") ? export(args, out, err) : unset(args, err);
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

package io.fpsh.shell;

import io.fpsh.probe.ProbeRunner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the usual {@code fpsh probe} command lines by hand ({@code probe [NAME [ARGS]] [--target X | --lab X]
 * [--json] [--deadline S] [--password-env NAME] [--cacert FILE]}), so a probe starts without loading picocli, as {@code -c} does
 * ({@link FastArgs}). Anything else (help, ssh options, mistakes) is left to picocli's {@link ProbeCommand}.
 */
final class ProbeArgs {
    private static final Set<String> VALUED = Set.of("--lab", "--target", "--deadline", "--password-env", "--cacert");

    private ProbeArgs() {}

    /** The request, or empty when the arguments are not a probe's or need the full parser. */
    static Optional<ProbeRequest> parse(String[] args) throws FpshException {
        if (args.length == 0 || !args[0].equals("probe")) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        boolean json = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--json")) {
                json = true;
                continue;
            }
            if (!arg.startsWith("-")) {
                words.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
            String value;
            if (!name.equals(arg)) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            // an option given twice, or one this path does not know: picocli's message says it better
            if (!VALUED.contains(name) || options.putIfAbsent(name, value) != null) {
                return Optional.empty();
            }
        }
        String deadline = options.get("--deadline");
        String probe = words.isEmpty() ? null : words.get(0);
        List<String> arguments = ProbeRequest.withCaFile(options.get("--cacert"),
                words.isEmpty() ? List.of() : words.subList(1, words.size()));
        Duration limit = deadline == null ? ProbeRunner.DEFAULT_DEADLINE : ProbeRequest.deadline(deadline);
        return Optional.of(new ProbeRequest(probe, arguments, LaunchOptions.targetSpec(options.get("--lab"),
                options.get("--target")), json, limit, options.get("--password-env"), SshConnect.defaults()));
    }
}

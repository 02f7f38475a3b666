package io.fpsh.sim.expert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the simulated device keeps each program it has, as files of its file system: {@code ls /usr/bin} lists
 * them, {@code /usr/bin/curl} runs curl, {@code which} and {@code type} find them along {@code $PATH}. The
 * directories are a Linux's usual ones (a non-merged /usr, as the guide's {@code /usr/bin/curl} suggests); where
 * the FTD keeps a program is known for curl (action_queue.log) and pmtool (facts 2.3), the rest is Debian's layout.
 * Shell builtins that are no program (cd, exit, type...) have no file.
 */
public final class CommandPaths {

    /** The directories a shell searches (what {@code echo $PATH} shows), for root and for other users. */
    private static final List<String> ROOT_PATH = List.of("/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin",
            "/sbin", "/bin", "/ngfw/usr/local/sf/bin");
    private static final List<String> USER_PATH = List.of("/usr/local/bin", "/usr/bin", "/bin", "/ngfw/usr/local/sf/bin");

    /** Program name to its directory. */
    private static final Map<String, String> DIRECTORY = new LinkedHashMap<>();

    static {
        for (String name : List.of("bash", "cat", "date", "echo", "egrep", "false", "grep", "hostname", "ls", "more",
                "netstat", "ps", "pwd", "sh", "su", "true")) {
            DIRECTORY.put(name, "/bin");
        }
        for (String name : List.of("curl", "head", "lsof", "nslookup", "sudo", "tail", "wc", "which", "whoami")) {
            DIRECTORY.put(name, "/usr/bin");
        }
        DIRECTORY.put("pmtool", "/ngfw/usr/local/sf/bin");
        // networking tools (nettools): Debian's places
        DIRECTORY.put("ping", "/bin");
        DIRECTORY.put("traceroute", "/usr/bin");
        DIRECTORY.put("openssl", "/usr/bin");
        DIRECTORY.put("telnet", "/usr/bin");
        DIRECTORY.put("nc", "/bin");
        DIRECTORY.put("ip", "/sbin");
        DIRECTORY.put("route", "/sbin");
        DIRECTORY.put("dig", "/usr/bin");
        // nettools2: Debian's places [UNVERIFIED for the FTD]
        DIRECTORY.put("host", "/usr/bin");
        DIRECTORY.put("ifconfig", "/sbin");
        DIRECTORY.put("ntpq", "/usr/bin");
        readingTools();
    }

    /** Where the reading tools live (Debian's layout, as above) [UNVERIFIED for the FTD]. */
    private static void readingTools() {
        for (String name : List.of("sed", "df", "uname", "zcat")) {
            DIRECTORY.put(name, "/bin");
        }
        for (String name : List.of("cut", "sort", "uniq", "awk", "find", "less", "xargs", "id", "uptime", "clear",
                "top", "env", "tr", "tee", "printf")) {
            DIRECTORY.put(name, "/usr/bin");
        }
        // the editors (Debian's vim; [UNVERIFIED for the FTD])
        DIRECTORY.put("vi", "/usr/bin");
        DIRECTORY.put("vim", "/usr/bin");
    }

    /** bash 5's builtins and keywords, for {@code type}: it names them whether or not the simulation runs them. */
    private static final Set<String> BUILTINS = Set.of(("alias bg bind break builtin caller cd command compgen complete "
            + "compopt continue declare dirs disown echo enable eval exec exit export false fc fg getopts hash help "
            + "history jobs kill let local logout mapfile popd printf pushd pwd read readarray readonly return set "
            + "shift shopt source suspend test times trap true type typeset ulimit umask unalias unset wait . : [")
            .split(" "));
    private static final Set<String> KEYWORDS = Set.of(("if then else elif fi case esac for select while until do done "
            + "in function time { } ! [[ ]] coproc").split(" "));

    private CommandPaths() {}

    /** The directories every program lives in, so the device can make them even when empty (/sbin, /usr/sbin). */
    public static List<String> directories() {
        return ROOT_PATH;
    }

    /** Every program as its absolute path, e.g. {@code /usr/bin/curl}. */
    public static List<String> programs() {
        List<String> paths = new ArrayList<>();
        DIRECTORY.forEach((name, directory) -> paths.add(directory + "/" + name));
        return paths;
    }

    /** The program a file of the device runs, from its real (symlink-free) path, e.g. curl for /usr/bin/curl. */
    public static Optional<String> programAt(String realPath) {
        String name = SimPaths.name(realPath);
        String directory = DIRECTORY.get(name);
        return directory != null && SimPaths.parent(realPath).equals(directory) ? Optional.of(name) : Optional.empty();
    }

    /** {@code $PATH}'s directories for a user. */
    public static List<String> searchPath(String user) {
        return user.equals("root") ? ROOT_PATH : USER_PATH;
    }

    /** {@code $PATH} as the variable shows it. */
    public static String searchPathText(String user) {
        return String.join(":", searchPath(user));
    }

    /** The files named {@code name} along the user's {@code $PATH} that are programs, first match first. */
    public static List<String> find(String name, ExpertContext context) {
        if (name.isEmpty() || name.contains("/")) {
            return List.of();
        }
        SimFileSystem fs = context.fileSystem();
        return searchPath(context.user()).stream().map(directory -> directory + "/" + name)
                .filter(path -> fs.isExecutable(path)).toList();
    }

    /** bash's builtins, simulated or not. */
    static Set<String> builtins() {
        return BUILTINS;
    }

    public static boolean isBuiltin(String name) {
        return BUILTINS.contains(name);
    }

    static boolean isKeyword(String name) {
        return KEYWORDS.contains(name);
    }
}

package io.fpsh.sim.expert;

import java.util.ArrayDeque;
import java.util.Deque;

/** Pure string path arithmetic for the simulated file system; never consults the host. */
public final class SimPaths {

    private SimPaths() {}

    /** {@code path} made absolute against {@code cwd}, with {@code ~} as {@code home} and {@code .}/{@code ..} folded. */
    public static String resolve(String cwd, String home, String path) {
        String p = path;
        if (p.equals("~")) {
            p = home;
        } else if (p.startsWith("~/")) {
            p = home + p.substring(1);
        }
        if (!p.startsWith("/")) {
            p = cwd + "/" + p;
        }
        return normalise(p);
    }

    /** Folds {@code //}, {@code .} and {@code ..} of an absolute path ({@code /..} stays {@code /}). */
    public static String normalise(String absolute) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : absolute.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return "/" + String.join("/", parts);
    }

    /** The last component of a path ({@code /} for the root). */
    public static String name(String absolute) {
        if (absolute.equals("/")) {
            return "/";
        }
        return absolute.substring(absolute.lastIndexOf('/') + 1);
    }

    /** The parent directory ({@code /} for the root and its children). */
    public static String parent(String absolute) {
        int slash = absolute.lastIndexOf('/');
        return slash <= 0 ? "/" : absolute.substring(0, slash);
    }

    /** How the prompt shows a directory: {@code ~} for the home and below it. */
    public static String display(String absolute, String home) {
        if (absolute.equals(home)) {
            return "~";
        }
        if (!home.equals("/") && absolute.startsWith(home + "/")) {
            return "~" + absolute.substring(home.length());
        }
        return absolute;
    }
}

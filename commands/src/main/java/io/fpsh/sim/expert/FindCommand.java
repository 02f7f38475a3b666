package io.fpsh.sim.expert;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * {@code find [PATH]... [-maxdepth N] [-mindepth N] [-name P] [-iname P] [-type f|d|l|s] [-mtime [+-]N] [-mmin [+-]N]
 * [-newer FILE] [-size [+-]N[cwbkMG]] [-print]}: the tests all apply (an implicit -a); -o, -exec and the rest are refused with GNU find's
 * {@code unknown predicate} message. Names come in byte order (the real one's readdir order is the disk's).
 */
final class FindCommand implements ExternalCommand {

    private record Entry(String shown, String path, int depth) {}

    @Override
    public int run(CommandCall call) {
        List<String> args = call.args();
        List<String> roots = new ArrayList<>();
        int i = 0;
        while (i < args.size() && (!args.get(i).startsWith("-") || args.get(i).equals("-")) && !args.get(i).equals("!")
                && !args.get(i).equals("(")) {
            roots.add(args.get(i++));
        }
        if (roots.isEmpty()) {
            roots.add(".");
        }
        SimFileSystem fs = call.context().fileSystem();
        ZonedDateTime now = call.context().clock().get();
        List<Predicate<Entry>> tests = new ArrayList<>();
        int maxDepth = Integer.MAX_VALUE;
        int minDepth = 0;
        for (; i < args.size(); i++) {
            String predicate = args.get(i);
            if (predicate.equals("-print")) {
                continue;
            }
            if (!List.of("-name", "-iname", "-type", "-mtime", "-mmin", "-newer", "-size", "-maxdepth", "-mindepth").contains(predicate)) {
                call.err().println(predicate.startsWith("-") ? "find: unknown predicate `" + predicate + "'"
                        : "find: paths must precede expression: `" + predicate + "'");
                return 1;
            }
            if (i + 1 >= args.size()) {
                call.err().println("find: missing argument to `" + predicate + "'");
                return 1;
            }
            String value = args.get(++i);
            switch (predicate) {
                case "-name", "-iname" -> {
                    Pattern pattern = Glob.toRegex(predicate.equals("-iname") ? value.toLowerCase() : value);
                    boolean fold = predicate.equals("-iname");
                    tests.add(e -> pattern.matcher(fold ? SimPaths.name(e.path()).toLowerCase() : nameOf(e)).matches());
                }
                case "-type" -> {
                    if (!value.matches("[fdls]")) {
                        call.err().println("find: Unknown argument to -type: " + value);
                        return 1;
                    }
                    tests.add(e -> type(fs, e.path()) == value.charAt(0));
                }
                case "-mtime", "-mmin" -> {
                    if (!value.matches("[+-]?\\d+")) {
                        call.err().println("find: invalid argument `" + value + "' to `" + predicate + "'");
                        return 1;
                    }
                    long unit = predicate.equals("-mtime") ? 86_400 : 60;
                    tests.add(e -> compareCount(age(fs, e.path(), now) / unit, value));
                }
                case "-size" -> {
                    java.util.regex.Matcher size = Pattern.compile("([+-]?)(\\d+)([bcwkMG]?)").matcher(value);
                    if (!size.matches()) {
                        boolean typed = Character.isLetter(value.charAt(value.length() - 1));
                        call.err().println(typed ? "find: invalid -size type `" + value.charAt(value.length() - 1) + "'"
                                : "find: invalid argument `" + value + "' to `-size'");
                        return 1;
                    }
                    long unit = unitOf(size.group(3));
                    String compared = size.group(1) + size.group(2);
                    tests.add(e -> compareCount((sizeOf(fs, e.path()) + unit - 1) / unit, compared));
                }
                case "-newer" -> {
                    ZonedDateTime reference;
                    try {
                        reference = fs.stat(call.resolve(value)).modified();
                    } catch (SimFileException e) {
                        call.err().println("find: '" + value + "': " + e.getMessage());
                        return 1;
                    }
                    tests.add(e -> modified(fs, e.path()).isAfter(reference));
                }
                default -> {
                    if (!value.matches("\\d{1,9}")) {
                        call.err().println("find: Expected a positive decimal integer argument to " + predicate
                                + ", but got '" + value + "'");
                        return 1;
                    }
                    if (predicate.equals("-maxdepth")) {
                        maxDepth = Integer.parseInt(value);
                    } else {
                        minDepth = Integer.parseInt(value);
                    }
                }
            }
        }
        int status = 0;
        StringBuilder out = new StringBuilder();
        for (String root : roots) {
            String path = call.resolve(root);
            if (!fs.exists(path) && fs.linkTarget(path).isEmpty()) {
                call.err().println("find: '" + root + "': No such file or directory");
                status = 1;
                continue;
            }
            List<Entry> entries = new ArrayList<>();
            walk(fs, new Entry(root, path, 0), maxDepth, entries);
            for (Entry entry : entries) {
                if (entry.depth() >= minDepth && tests.stream().allMatch(t -> t.test(entry))) {
                    out.append(entry.shown()).append('\n');
                }
            }
        }
        Text.writeRaw(call.out(), Text.asBytes(out.toString()));
        return status;
    }

    private static String nameOf(Entry entry) {
        return entry.depth() == 0 ? SimPaths.name(entry.shown().replaceAll("/+$", "").isEmpty() ? "/" : entry.shown().replaceAll("/+$", ""))
                : SimPaths.name(entry.path());
    }

    private static void walk(SimFileSystem fs, Entry entry, int maxDepth, List<Entry> into) {
        into.add(entry);
        if (entry.depth() >= maxDepth || !fs.isDirectory(entry.path()) || fs.linkTarget(entry.path()).isPresent()) {
            return;
        }
        List<String> names;
        try {
            names = new ArrayList<>(fs.list(entry.path()));
        } catch (SimFileException e) {
            return;
        }
        names.sort(null);
        for (String name : names) {
            String shown = entry.shown().endsWith("/") ? entry.shown() + name : entry.shown() + "/" + name;
            walk(fs, new Entry(shown, SimPaths.resolve(entry.path(), "/", name), entry.depth() + 1), maxDepth, into);
        }
    }

    private static char type(SimFileSystem fs, String path) {
        if (fs.linkTarget(path).isPresent()) {
            return 'l';
        }
        try {
            return fs.stat(path).mode().charAt(0) == '-' ? 'f' : fs.stat(path).mode().charAt(0);
        } catch (SimFileException e) {
            return '?';
        }
    }

    private static ZonedDateTime modified(SimFileSystem fs, String path) {
        try {
            return fs.stat(path).modified();
        } catch (SimFileException e) {
            return ZonedDateTime.now().minusYears(100);
        }
    }

    private static long age(SimFileSystem fs, String path, ZonedDateTime now) {
        return Math.max(0, Duration.between(modified(fs, path), now).getSeconds());
    }

    /** GNU find's -size units: 512-byte blocks unless c (bytes), w (2-byte words), k, M or G (powers of 1024). */
    private static long unitOf(String suffix) {
        return switch (suffix) {
            case "c" -> 1;
            case "w" -> 2;
            case "k" -> 1024;
            case "M" -> 1024 * 1024;
            case "G" -> 1024 * 1024 * 1024;
            default -> 512;
        };
    }

    private static long sizeOf(SimFileSystem fs, String path) {
        try {
            return fs.stat(path).size();
        } catch (SimFileException e) {
            return 0;
        }
    }

    /** N exactly, +N more than N, -N less than N (whole units: ages rounded down, sizes up, as find does). */
    private static boolean compareCount(long count, String value) {
        long n = Long.parseLong(value.replaceFirst("^[+-]", ""));
        return value.startsWith("+") ? count > n : value.startsWith("-") ? count < n : count == n;
    }
}

package io.fpsh.sim.expert;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ls [-l] [-a|-A] [-1] [-d] [-t] [-S] [-r] [-h] [-R] [FILE]...}: one name per line when output is not a terminal, simple columns when
 * it is. Names sort in byte order (the C locale).
 */
final class LsCommand implements ExternalCommand {

    private static final DateTimeFormatter RECENT = DateTimeFormatter.ofPattern("MMM ppd HH:mm", Locale.US);
    private static final DateTimeFormatter OLD = DateTimeFormatter.ofPattern("MMM ppd  yyyy", Locale.US);

    @Override
    public int run(CommandCall call) {
        GetOpt opts = new GetOpt(call.args(), "laA1dhFtSrR", "", "color");
        if (opts.problem("ls") != null) {
            call.err().println(opts.problem("ls"));
            call.err().println("Try 'ls --help' for more information.");
            return 2;
        }
        SimFileSystem fs = call.context().fileSystem();
        List<String> operands = opts.operands.isEmpty() ? List.of(".") : new ArrayList<>(opts.operands);
        List<String> files = new ArrayList<>();
        List<String> directories = new ArrayList<>();
        int status = 0;
        for (String operand : order(call, opts, null, operands.stream().sorted().toList())) {
            String path = call.resolve(operand);
            if (!fs.exists(path)) {
                call.err().println("ls: cannot access '" + operand + "': No such file or directory");
                status = 2;
            } else if (fs.isDirectory(path) && !opts.has('d') && !showsLinkItself(fs, path, operand, opts)) {
                directories.add(operand);
            } else {
                files.add(operand);
            }
        }
        boolean headers = operands.size() > 1 || opts.has('R');
        boolean first = true;
        if (!files.isEmpty()) {
            print(call, opts, files, null);
            first = false;
        }
        java.util.ArrayDeque<String> pending = new java.util.ArrayDeque<>(directories);
        while (!pending.isEmpty()) {
            String directory = pending.removeFirst();
            String path = call.resolve(directory);
            List<String> names;
            try {
                names = new ArrayList<>(fs.list(path));
            } catch (SimFileException e) {
                call.err().println("ls: cannot open directory '" + directory + "': " + e.getMessage());
                status = 2;
                continue;
            }
            if (opts.has('a')) {
                names.add(".");
                names.add("..");
            }
            names.removeIf(n -> n.startsWith(".") && !opts.has('a') && !opts.has('A'));
            names.sort(null);
            names = order(call, opts, path, names);
            if (headers) {
                call.out().print((first ? "" : "\n") + directory + ":\n");
            }
            first = false;
            print(call, opts, names, path);
            if (opts.has('R')) {
                // ls -R lists each subdirectory after its parent, depth first
                List<String> below = new ArrayList<>();
                for (String name : names) {
                    String child = SimPaths.resolve(path, "/", name);
                    if (!name.equals(".") && !name.equals("..") && fs.isDirectory(child) && fs.linkTarget(child).isEmpty()) {
                        below.add(directory.endsWith("/") ? directory + name : directory + "/" + name);
                    }
                }
                for (int i = below.size() - 1; i >= 0; i--) {
                    pending.addFirst(below.get(i));
                }
            }
        }
        return status;
    }

    /** The names in the order -t (newest first), -S (largest first) and -r ask; ties keep byte order. */
    private static List<String> order(CommandCall call, GetOpt opts, String directory, List<String> names) {
        List<String> sorted = new ArrayList<>(names);
        if (opts.has('t') || opts.has('S')) {
            SimFileSystem fs = call.context().fileSystem();
            java.util.Map<String, SimFileInfo> infos = new java.util.HashMap<>();
            for (String name : names) {
                try {
                    infos.put(name, fs.stat(directory == null ? call.resolve(name) : SimPaths.resolve(directory, "/", name)));
                } catch (SimFileException e) {
                    // left where byte order puts it
                }
            }
            java.util.Comparator<String> by = opts.has('S')
                    ? java.util.Comparator.comparingLong((String n) -> infos.containsKey(n) ? -infos.get(n).size() : 0)
                    : java.util.Comparator.comparing((String n) -> infos.containsKey(n) ? infos.get(n).modified().toInstant()
                            : java.time.Instant.EPOCH, java.util.Comparator.reverseOrder());
            sorted.sort(by);
        }
        if (opts.has('r')) {
            java.util.Collections.reverse(sorted);
        }
        return sorted;
    }

    /** GNU ls -l shows a link to a directory named on the command line as the link, unless the name ends in /. */
    private static boolean showsLinkItself(SimFileSystem fs, String path, String operand, GetOpt opts) {
        return opts.has('l') && !operand.endsWith("/") && fs.linkTarget(path).isPresent();
    }

    /** Prints names (of files in {@code directory}, or operands when it is null). */
    private void print(CommandCall call, GetOpt opts, List<String> names, String directory) {
        if (opts.has('l')) {
            printLong(call, names, directory, opts.has('h'));
        } else if (call.outputIsTerminal() && !opts.has('1')) {
            printColumns(call, names);
        } else {
            names.forEach(call.out()::println);
        }
    }

    private void printLong(CommandCall call, List<String> names, String directory, boolean human) {
        SimFileSystem fs = call.context().fileSystem();
        List<SimFileInfo> infos = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        long blocks = 0;
        for (String name : names) {
            String path = directory == null ? call.resolve(name) : SimPaths.resolve(directory, "/", name);
            try {
                // "dir/" names what the link leads to
                SimFileInfo info = fs.stat(directory == null && name.endsWith("/") ? fs.realPath(path) : path);
                infos.add(info);
                shown.add(info.isSymlink() ? name + " -> " + fs.linkTarget(path).orElse("") : name);
                blocks += (info.size() + 4095) / 4096 * 4;
            } catch (SimFileException e) {
                call.err().println("ls: cannot access '" + name + "': " + e.getMessage());
            }
        }
        if (directory != null) {
            call.out().println("total " + (human ? DfCommand.size(blocks, true) : Long.toString(blocks)));
        }
        int links = 1;
        int owner = 1;
        int group = 1;
        int size = 1;
        for (SimFileInfo info : infos) {
            links = Math.max(links, Integer.toString(info.links()).length());
            owner = Math.max(owner, info.owner().length());
            group = Math.max(group, info.group().length());
            size = Math.max(size, sizeText(info.size(), human).length());
        }
        ZonedDateTime now = call.context().clock().get();
        for (int i = 0; i < infos.size(); i++) {
            SimFileInfo info = infos.get(i);
            boolean recent = info.modified().isAfter(now.minusMonths(6)) && !info.modified().isAfter(now.plusHours(1));
            String date = (recent ? RECENT : OLD).format(info.modified());
            call.out().println(String.format("%s %" + links + "d %-" + owner + "s %-" + group + "s %" + size + "s %s %s",
                    info.mode(), info.links(), info.owner(), info.group(), sizeText(info.size(), human), date, shown.get(i)));
        }
    }

    /** A size in bytes, or as -h shows it (4.0K, 12M; bytes as they are below 1024). */
    private static String sizeText(long bytes, boolean human) {
        if (!human || bytes < 1024) {
            return Long.toString(bytes);
        }
        return DfCommand.size((bytes + 1023) / 1024, true);
    }

    /** Column-major columns in 80 characters, two blanks apart; a simplification of GNU's layout. */
    private void printColumns(CommandCall call, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        int width = names.stream().mapToInt(String::length).max().orElse(1) + 2;
        int columns = Math.max(1, 80 / width);
        int rows = (names.size() + columns - 1) / columns;
        for (int r = 0; r < rows; r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                int index = c * rows + r;
                if (index < names.size()) {
                    line.append(String.format("%-" + width + "s", names.get(index)));
                }
            }
            call.out().println(line.toString().stripTrailing());
        }
    }
}

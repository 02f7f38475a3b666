package io.fpsh.sim.expert;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ls [-l] [-a|-A] [-1] [-d] [FILE]...}: one name per line when output is not a terminal, simple columns when
 * it is. Names sort in byte order (the C locale).
 */
final class LsCommand implements ExternalCommand {

    private static final DateTimeFormatter RECENT = DateTimeFormatter.ofPattern("MMM ppd HH:mm", Locale.US);
    private static final DateTimeFormatter OLD = DateTimeFormatter.ofPattern("MMM ppd  yyyy", Locale.US);

    @Override
    public int run(CommandCall call) {
        GetOpt opts = new GetOpt(call.args(), "laA1dhF", "", "color");
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
        for (String operand : operands.stream().sorted().toList()) {
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
        boolean headers = operands.size() > 1;
        boolean first = true;
        if (!files.isEmpty()) {
            print(call, opts, files, null);
            first = false;
        }
        for (String directory : directories) {
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
            if (headers) {
                call.out().print((first ? "" : "\n") + directory + ":\n");
            }
            first = false;
            print(call, opts, names, path);
        }
        return status;
    }

    /** GNU ls -l shows a link to a directory named on the command line as the link, unless the name ends in /. */
    private static boolean showsLinkItself(SimFileSystem fs, String path, String operand, GetOpt opts) {
        return opts.has('l') && !operand.endsWith("/") && fs.linkTarget(path).isPresent();
    }

    /** Prints names (of files in {@code directory}, or operands when it is null). */
    private void print(CommandCall call, GetOpt opts, List<String> names, String directory) {
        if (opts.has('l')) {
            printLong(call, names, directory);
        } else if (call.outputIsTerminal() && !opts.has('1')) {
            printColumns(call, names);
        } else {
            names.forEach(call.out()::println);
        }
    }

    private void printLong(CommandCall call, List<String> names, String directory) {
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
            call.out().println("total " + blocks);
        }
        int links = 1;
        int owner = 1;
        int group = 1;
        int size = 1;
        for (SimFileInfo info : infos) {
            links = Math.max(links, Integer.toString(info.links()).length());
            owner = Math.max(owner, info.owner().length());
            group = Math.max(group, info.group().length());
            size = Math.max(size, Long.toString(info.size()).length());
        }
        ZonedDateTime now = call.context().clock().get();
        for (int i = 0; i < infos.size(); i++) {
            SimFileInfo info = infos.get(i);
            boolean recent = info.modified().isAfter(now.minusMonths(6)) && !info.modified().isAfter(now.plusHours(1));
            String date = (recent ? RECENT : OLD).format(info.modified());
            call.out().println(String.format("%s %" + links + "d %-" + owner + "s %-" + group + "s %" + size + "d %s %s",
                    info.mode(), info.links(), info.owner(), info.group(), info.size(), date, shown.get(i)));
        }
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

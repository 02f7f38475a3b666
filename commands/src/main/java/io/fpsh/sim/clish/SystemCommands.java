package io.fpsh.sim.clish;

import io.fpsh.device.DeviceIo;
import io.fpsh.sim.FtdSession;
import io.fpsh.sim.expert.MapFileSystem;
import io.fpsh.sim.expert.SimFileException;
import io.fpsh.sim.expert.SimFileInfo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code system support view-files} (browse the logs) and {@code system generate-troubleshoot all} (an archive in
 * /ngfw/var/common, the box's troubleshoot directory [SRC B5, facts 2.3]), over the device's own files.
 * [UNVERIFIED: no transcript of either is in the facts; the menus, prompts and messages below are as remembered
 * from FTD 6.x and must be checked on a device.]
 */
final class SystemCommands {
    static final String LOG_DIRECTORY = "/ngfw/var/log";
    static final String TROUBLESHOOT_DIRECTORY = "/ngfw/var/common";
    static final String DIRECTORY_PROMPT = "Type a sub-dir name to list its contents: ";
    static final String FILE_QUESTION = "Type the name of the file to view ([b] to go back, [Ctrl+C] to exit)";

    private static final DateTimeFormatter LISTED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSSSS", Locale.ROOT);
    private static final DateTimeFormatter ARCHIVE_STAMP =
            DateTimeFormatter.ofPattern("MM-dd-yyyy--HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private SystemCommands() {}

    static void register(Map<String, ClishCommand> commands) {
        commands.put("system support view-files", (command, session, io) -> viewFiles(session, io));
        commands.put("system generate-troubleshoot all", (command, session, io) -> generateTroubleshoot(session, io));
    }

    /** The menu: a directory's sub-directories and files; a sub-dir name enters it, s views a file, b goes back. */
    private static int viewFiles(FtdSession session, DeviceIo io) {
        MapFileSystem files = session.files();
        Deque<String> visited = new ArrayDeque<>();
        String directory = LOG_DIRECTORY;
        io.out().println();
        io.out().println("===View Logs===");
        while (true) {
            io.out().print(listing(files, directory));
            io.out().println();
            io.out().println("([b] to go back or [s] to select a file to view, [Ctrl+C] to exit)");
            String answer = io.readLine(DIRECTORY_PROMPT);
            if (answer == null) {
                io.out().println();
                return 0;
            }
            answer = answer.strip();
            if (answer.equals("b")) {
                if (visited.isEmpty()) {
                    return 0;
                }
                directory = visited.pop();
            } else if (answer.equals("s")) {
                if (!viewFile(files, directory, io)) {
                    io.out().println();
                    return 0;
                }
            } else if (!answer.isEmpty() && !answer.contains("/") && files.isDirectory(directory + "/" + answer)) {
                visited.push(directory);
                directory = directory + "/" + answer;
            } else if (!answer.isEmpty()) {
                io.out().println("Invalid sub-directory: " + answer);
            }
        }
    }

    /** Asks for a file of {@code directory} and prints it; false when the input ended (Ctrl-C). */
    private static boolean viewFile(MapFileSystem files, String directory, DeviceIo io) {
        io.out().println();
        io.out().println(FILE_QUESTION);
        String name = io.readLine("> ");
        if (name == null) {
            return false;
        }
        name = name.strip();
        if (name.equals("b") || name.isEmpty()) {
            return true;
        }
        String path = directory + "/" + name;
        if (name.contains("/") || !files.exists(path) || files.isDirectory(path)) {
            io.out().println("Invalid file name: " + name);
            return true;
        }
        try {
            String text = new String(files.read(path), StandardCharsets.UTF_8);
            io.out().print(text);
            if (!text.isEmpty() && !text.endsWith("\n")) {
                io.out().println();
            }
        } catch (SimFileException e) {
            io.out().println("Invalid file name: " + name);
        }
        return true;
    }

    /** The directory's header, its sub-directories, then its files with their time and size. */
    static String listing(MapFileSystem files, String directory) {
        List<String> subdirs = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        try {
            for (String name : files.list(directory)) {
                String path = directory + "/" + name;
                if (files.isDirectory(path)) {
                    subdirs.add(name);
                } else {
                    SimFileInfo info = files.stat(path);
                    rows.add(String.format(Locale.ROOT, "%s | %-10d | %s", LISTED.format(info.modified()), info.size(), name));
                }
            }
        } catch (SimFileException e) {
            // a directory gone meanwhile lists empty
        }
        StringBuilder out = new StringBuilder("\n============================\n");
        out.append("Directory: ").append(directory).append('\n');
        out.append("----------sub-dirs----------\n");
        subdirs.forEach(name -> out.append(name).append('\n'));
        out.append("-----------files------------\n");
        rows.forEach(row -> out.append(row).append('\n'));
        return out.toString();
    }

    /** Writes the archive of the tech-support views and the logs, then says where it is. */
    private static int generateTroubleshoot(FtdSession session, DeviceIo io) {
        io.out().println("Starting /usr/local/sf/bin/sf_troubleshoot.pl...");
        io.out().println("Please, be patient. This may take several minutes.");
        io.out().println("The troubleshoot option code specified is ALL.");
        MapFileSystem files = session.files();
        Instant now = session.state().clock().now();
        String name = "results-" + ARCHIVE_STAMP.format(now);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        DeviceViews.techSupport(session.state()).forEach((command, text) ->
                entries.put(name + "/command-outputs/" + command.replace(' ', '_') + ".output", text.getBytes(StandardCharsets.UTF_8)));
        addLogs(files, LOG_DIRECTORY, name + "/dir-archives/var-log", entries);
        byte[] archive = TarGz.of(entries, now);
        String path = TROUBLESHOOT_DIRECTORY + "/" + name + ".tar.gz";
        files.putGenerated(path, () -> archive.clone());
        io.out().println("Troubleshooting information successfully created at " + path);
        return 0;
    }

    /** The logs under {@code directory}, recursively, as archive entries under {@code prefix}. */
    private static void addLogs(MapFileSystem files, String directory, String prefix, Map<String, byte[]> entries) {
        try {
            for (String name : files.list(directory)) {
                String path = directory + "/" + name;
                if (files.isDirectory(path)) {
                    addLogs(files, path, prefix + "/" + name, entries);
                } else if (files.linkTarget(path).isEmpty() && (prefix + "/" + name).length() < 100) {
                    entries.put(prefix + "/" + name, files.read(path));
                }
            }
        } catch (SimFileException e) {
            // a log that cannot be read is left out, as the script skips it
        }
    }
}

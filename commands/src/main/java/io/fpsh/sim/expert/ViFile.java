package io.fpsh.sim.expert;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The file vi edits, in the device's file system (never the host's), with the messages vim 9 gives here when it
 * opens and writes one: {@code "f.txt" 2L, 18B}, {@code [readonly]}, {@code [New]}, {@code "f.txt" 2L, 18B
 * written}, E45, E212. A file the model will not take (outside /tmp, /home and /root: see DeviceFiles) opens
 * {@code [readonly]}, as vim marks a file on a read-only file system.
 */
final class ViFile {
    private final SimFileSystem files;
    /** The name as typed, which vim shows. */
    final String name;
    private final String path;
    private boolean exists;
    final boolean readonly;
    final List<String> lines;
    final String openMessage;

    private ViFile(SimFileSystem files, String name, String path, boolean exists, boolean readonly, List<String> lines,
                   String openMessage) {
        this.files = files;
        this.name = name;
        this.path = path;
        this.exists = exists;
        this.readonly = readonly;
        this.lines = lines;
        this.openMessage = openMessage;
    }

    /** {@code vi} with no file: an empty buffer, which :w refuses (E32: No file name). */
    static ViFile unnamed(CommandCall call) {
        return new ViFile(call.context().fileSystem(), null, null, false, false, List.of(), null);
    }

    static ViFile open(CommandCall call, String name) {
        SimFileSystem files = call.context().fileSystem();
        String path = call.resolve(name);
        String quoted = "\"" + name + "\"";
        if (files.isDirectory(path)) {
            return new ViFile(files, name, path, true, true, List.of(), quoted + " is a directory");
        }
        byte[] bytes;
        try {
            bytes = files.read(path);
        } catch (SimFileException e) {
            String why = switch (e.reason()) {
                case PERMISSION_DENIED -> "[Permission Denied]";
                default -> files.isDirectory(SimPaths.parent(path)) ? "[New]" : "[New DIRECTORY]";
            };
            boolean denied = e.reason() == SimFileException.Reason.PERMISSION_DENIED;
            return new ViFile(files, name, path, denied, denied, List.of(), quoted + " " + why);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        boolean readonly = !files.isWritable(path);
        String flags = (readonly ? " [readonly]" : "") + (Text.endsWithNewline(text) ? "" : " [noeol]");
        List<String> lines = Text.lines(text);
        return new ViFile(files, name, path, true, readonly, lines,
                quoted + flags + " " + lines.size() + "L, " + bytes.length + "B");
    }

    /** Writes the lines, each ended by a newline; vim's message either way. */
    String write(List<String> text) {
        StringBuilder all = new StringBuilder();
        text.forEach(line -> all.append(line).append('\n'));
        byte[] bytes = all.toString().getBytes(StandardCharsets.UTF_8);
        String quoted = "\"" + name + "\"";
        try {
            files.write(path, bytes, false);
        } catch (SimFileException e) {
            // vim's message when the write itself fails [SRC vim 8 users' transcripts: "\"f.py\" E514: write error (file system full?)"]
            return quoted + (e.reason() == SimFileException.Reason.NO_SPACE
                    ? " E514: write error (file system full?)" : " E212: Can't open file for writing");
        }
        String created = exists ? "" : " [New]";
        exists = true;
        return quoted + created + " " + text.size() + "L, " + bytes.length + "B written";
    }
}

package io.fpsh.shell;

import io.fpsh.device.Device;
import org.jline.reader.Candidate;

import java.util.ArrayList;
import java.util.List;

/**
 * File names for the word being typed in the Linux shell, read from the device's own file system (not the host's):
 * the word's directory part is listed by {@link Device#listFiles} and each name keeps that part in front, so
 * {@code /ngfw/etc/sf/conn} becomes {@code /ngfw/etc/sf/connector.properties}.
 */
final class FileNameCandidates {
    private FileNameCandidates() {}

    static List<Candidate> forWord(Device device, String partial) {
        int slash = partial.lastIndexOf('/');
        String directory = partial.substring(0, slash + 1);
        String namePrefix = partial.substring(slash + 1);
        List<Candidate> candidates = new ArrayList<>();
        for (String name : device.listFiles(directory)) {
            if (!name.startsWith(namePrefix) || isHiddenFromBash(name, namePrefix)) {
                continue;
            }
            // A directory takes no blank after it, so the next TAB goes on inside it; a file ends the word.
            boolean endsWord = !name.endsWith("/");
            candidates.add(new Candidate(directory + name, name, null, null, null, null, endsWord));
        }
        return candidates;
    }

    /** As in bash, dot files are offered only once the typed name starts with a dot. */
    private static boolean isHiddenFromBash(String name, String namePrefix) {
        return name.startsWith(".") && !namePrefix.startsWith(".");
    }
}

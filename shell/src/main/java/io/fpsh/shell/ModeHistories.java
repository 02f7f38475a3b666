package io.fpsh.shell;

import io.fpsh.device.Mode;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.impl.LineReaderImpl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * One history per mode of the device, as on the box, where the clish, admin's and root's bash and LINA are separate
 * programs with separate histories (and as {@code fpsh serve} keeps them): Up at {@code >} never recalls a LINA or
 * expert line. Each is kept in its own file of the target ({@link HistoryFiles#forMode}); without a writable home
 * they live in memory for the session.
 */
final class ModeHistories {
    private final LineReader reader;
    private final Map<Mode, History> histories = new EnumMap<>(Mode.class);
    private String target;
    private Mode current;

    ModeHistories(LineReader reader, String target) {
        this.reader = reader;
        this.target = target;
    }

    /** Makes {@code mode}'s history the one Up recalls and the next line joins; loaded from its file the first time. */
    void use(Mode mode) {
        if (mode == current) {
            return;
        }
        current = mode;
        reader.setVariable(LineReader.HISTORY_FILE, file(mode));
        if (reader instanceof LineReaderImpl editor) {
            // a new history is loaded from HISTORY_FILE when it is attached, at the start of the next line read
            editor.setHistory(histories.computeIfAbsent(mode, m -> new MaskingHistory()));
        }
    }

    /** Another target: the histories so far are saved, and the new target's are read as its modes come up. */
    void switchTarget(String newTarget) {
        saveAll();
        histories.clear();
        target = newTarget;
        current = null;
    }

    /** Writes every history to its file; a history that cannot be written is only lost, never an error. */
    void saveAll() {
        Mode using = current;
        for (Map.Entry<Mode, History> entry : histories.entrySet()) {
            reader.setVariable(LineReader.HISTORY_FILE, file(entry.getKey()));
            try {
                entry.getValue().save();
            } catch (IOException | RuntimeException e) {
                // History is a convenience: an unwritable home must not end the session.
            }
        }
        if (using != null) {
            reader.setVariable(LineReader.HISTORY_FILE, file(using));
        }
    }

    private Path file(Mode mode) {
        return HistoryFiles.forMode(target, mode).orElse(null);
    }
}

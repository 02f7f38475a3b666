package io.fpsh.shell.classroom;

import java.util.List;

/**
 * What {@code fpsh serve --classroom} writes in {@code class.json} when it starts: the lab, its objectives as the
 * class sees them (one sentence each, from the lab's own values; a student's drawn values may differ), its number
 * of hints, and the roster's students in order (those who never logged in are reported too).
 */
public record ClassInfo(String lab, String title, List<String> objectives, int hints, List<String> students) {
    public ClassInfo {
        objectives = List.copyOf(objectives);
        students = List.copyOf(students);
    }
}

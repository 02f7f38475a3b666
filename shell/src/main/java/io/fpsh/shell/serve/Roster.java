package io.fpsh.shell.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code fpsh serve --classroom ROSTER}: the {@code --users} format (one credential a line, {@code
 * student:$pbkdf2-sha256$...} or {@code student:ssh-ed25519 AAAA...}, a space after the colon allowed, several lines
 * per student, {@code #} comments), where every user is a student of the class, in the roster's order. A student's
 * name is also their folder in the class folder, so it is a plain name. Every bad line is reported, one line each
 * (never its text: it could hold a password typed by mistake).
 */
final class Roster {
    /** A login name that is also a safe folder name: no path, no dot first, 32 characters at most. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

    private final List<String> students;

    private Roster(List<String> students) {
        this.students = List.copyOf(students);
    }

    static Roster read(Path file) throws ServeException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ServeException("--classroom " + file + ": cannot read the roster ("
                    + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getClass().getSimpleName()) + ")");
        }
        Set<String> students = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            String name = colon <= 0 ? "" : line.substring(0, colon);
            String problem = colon > 0 && !NAME.matcher(name).matches()
                    ? "a student's name is 1 to 32 letters, digits, '.', '_' or '-', not starting with '.', '_' or '-'"
                    : UsersFile.problem(line);
            if (problem != null) {
                problems.add(file + " line " + (i + 1) + ": " + problem);
            } else {
                students.add(name);
            }
        }
        if (!problems.isEmpty()) {
            throw new ServeException(String.join("\n", problems));
        }
        if (students.isEmpty()) {
            throw new ServeException(file + " lists no student");
        }
        return new Roster(new ArrayList<>(students));
    }

    List<String> students() {
        return students;
    }

    boolean has(String student) {
        return students.contains(student);
    }
}

package io.fpsh.shell.serve;

import io.fpsh.device.Device;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Keys typed into {@code fpsh serve}'s line editor at the device's prompt, as an SSH client's terminal sends them
 * (TAB completes, {@code ?} lists), and the line Enter gives. {@code fpsh lab test} types a lesson's TAB this way:
 * a pipe has no keys, and this is the editor a student's keys reach over SSH, its completion included.
 */
public final class ServedLineKeys {
    private ServedLineKeys() {}

    /** The line {@code keys} (Enter added) give at the device's prompt, in the device's mode now. */
    public static String line(Device device, String keys) throws InterruptedException {
        TypeAhead input = new TypeAhead();
        byte[] bytes = (keys + "\r").getBytes(StandardCharsets.UTF_8);
        input.add(bytes, 0, bytes.length);
        input.end();
        PrintStream screen = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        LineEditor.Line line = new LineEditor(input, screen, true).readCommand(
                new CommandPrompt(device.prompt(), new ServeCompletion(device), new LineHistory(), () -> 80));
        return line.text();
    }
}

package io.fpsh.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

/** Answers a device's dialogs from a line-oriented input (a pipe, or stdin under {@code -c}). */
final class StreamDialogs {
    private final BufferedReader input;
    private final PrintStream screen;
    private final boolean echoAnswers;

    /**
     * @param screen      where the question is printed
     * @param echoAnswers true to print the answers after the question, as a terminal with echo on would show them
     */
    StreamDialogs(BufferedReader input, PrintStream screen, boolean echoAnswers) {
        this.input = input;
        this.screen = screen;
        this.echoAnswers = echoAnswers;
    }

    /** A secret: the question, then only a newline, as a terminal with echo off shows it. */
    String readPassword(String prompt) {
        screen.print(prompt);
        String answer = nextLine();
        screen.print("\n");
        screen.flush();
        return answer;
    }

    String readLine(String prompt) {
        screen.print(prompt);
        String answer = nextLine();
        if (echoAnswers && answer != null) {
            screen.print(answer);
        }
        screen.print("\n");
        screen.flush();
        return answer;
    }

    String nextLine() {
        try {
            return input.readLine();
        } catch (IOException e) {
            return null;
        }
    }
}

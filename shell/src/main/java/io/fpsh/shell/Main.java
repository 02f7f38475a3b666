package io.fpsh.shell;

/** Placeholder entry point until the shell lands. */
public final class Main {
    public static void main(String[] args) {
        System.out.println("fpsh");
    }
}

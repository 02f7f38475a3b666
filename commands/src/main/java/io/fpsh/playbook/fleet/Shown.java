package io.fpsh.playbook.fleet;

/** What an error may quote of a file: short, printable, one line (a key may be anything a file holds). */
final class Shown {
    private static final int MAX = 60;

    private Shown() {}

    static String key(String text) {
        if (text == null) {
            return "";
        }
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > MAX ? printable.substring(0, MAX) + "..." : printable;
    }
}

package io.fpsh.sim.expert;

/** How bash shows a word in its own messages: as is, or as {@code $'...'} when it holds control characters. */
final class BashQuoting {

    private BashQuoting() {}

    static String forMessage(String word) {
        boolean plain = word.codePoints().allMatch(c -> c >= 0x20 && c != 0x7f && !Character.isISOControl(c));
        if (plain) {
            return word;
        }
        StringBuilder quoted = new StringBuilder("$'");
        for (char c : word.toCharArray()) {
            switch (c) {
                case 0x07 -> quoted.append("\\a");
                case '\b' -> quoted.append("\\b");
                case 0x1b -> quoted.append("\\E");
                case '\f' -> quoted.append("\\f");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                case 0x0b -> quoted.append("\\v");
                case '\\' -> quoted.append("\\\\");
                case '\'' -> quoted.append("\\'");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                        quoted.append(String.format("\\%03o", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('\'').toString();
    }
}

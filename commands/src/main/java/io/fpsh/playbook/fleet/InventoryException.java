package io.fpsh.playbook.fleet;

import java.util.List;

/** An inventory that cannot be used (exit status 2): one line per problem, each naming the file and line. */
public final class InventoryException extends Exception {
    private final List<String> lines;

    public InventoryException(List<String> lines) {
        super(String.join("\n", lines), null, false, false);
        this.lines = List.copyOf(lines);
    }

    public InventoryException(String line) {
        this(List.of(line));
    }

    public List<String> lines() {
        return lines;
    }
}

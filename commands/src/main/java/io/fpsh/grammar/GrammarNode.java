package io.fpsh.grammar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One token of the command tree: a keyword, or a typed argument; complete when a command may end here. */
public final class GrammarNode {
    private final String keyword;
    private final String argName;
    private final ArgType argType;
    private final List<GrammarNode> children = new ArrayList<>();
    private final String path;
    private String help = "";
    private boolean complete;

    private GrammarNode(String keyword, String argName, ArgType argType, String path) {
        this.keyword = keyword;
        this.argName = argName;
        this.argType = argType;
        this.path = path;
    }

    static GrammarNode root() {
        return new GrammarNode(null, null, null, "");
    }

    static GrammarNode keyword(String word, String parentPath) {
        return new GrammarNode(word, null, null, join(parentPath, word));
    }

    static GrammarNode argument(String name, ArgType type, String parentPath) {
        return new GrammarNode(null, name, type, join(parentPath, "<" + name + ">"));
    }

    private static String join(String parent, String word) {
        return parent.isEmpty() ? word : parent + " " + word;
    }

    public boolean isKeyword() { return keyword != null; }

    public String keyword() { return keyword; }

    public String argName() { return argName; }

    public ArgType argType() { return argType; }

    /** The keywords and {@code <arg>} names from the root to here: a command's identity, e.g. {@code show network}. */
    public String path() { return path; }

    public String help() { return help; }

    public boolean isComplete() { return complete; }

    public List<GrammarNode> children() { return Collections.unmodifiableList(children); }

    /** What '?' shows for this token: the keyword itself, or the argument's placeholder. */
    public String label() {
        return isKeyword() ? keyword : "<" + argName + ">";
    }

    void describe(String help, boolean complete) {
        this.help = help;
        this.complete |= complete;
    }

    GrammarNode child(String token) {
        for (GrammarNode child : children) {
            if (child.label().equals(token) || (!child.isKeyword() && token.startsWith("<" + child.argName + ":"))) {
                return child;
            }
        }
        GrammarNode created;
        if (token.startsWith("<") && token.endsWith(">")) {
            String[] nameAndType = token.substring(1, token.length() - 1).split(":", 2);
            created = argument(nameAndType[0], ArgType.valueOf(nameAndType[1]), path);
        } else {
            created = keyword(token, path);
        }
        children.add(created);
        return created;
    }
}

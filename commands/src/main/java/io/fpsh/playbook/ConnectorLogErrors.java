package io.fpsh.playbook;

import io.fpsh.ftd.ConnectorLog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The connector log's errors grouped by what they say: the same message with other addresses or ports (the
 * connector alternates between eventing-ingest's addresses, each dial from a new local port) is one group, with how
 * many times it was logged and when first and last. Evidence, never a verdict: the log may predate the last change.
 *
 * @param groups the groups, the one logged last first
 */
public record ConnectorLogErrors(List<Group> groups) {
    private static final Pattern ADDRESS = Pattern.compile("\\b\\d{1,3}(?:\\.\\d{1,3}){3}\\b");
    /** Ports a client picks (ephemeral): a server's 443 or 53 says something, a local 53426 does not. */
    private static final Pattern LOCAL_PORT = Pattern.compile(":(?:[1-9]\\d{4}|[2-9]\\d{3})\\b");

    public ConnectorLogErrors {
        groups = List.copyOf(groups);
    }

    /**
     * One kind of error.
     *
     * @param pattern the message with its addresses as {@code ADDRESS} and local ports as {@code PORT}
     * @param first   when it was first logged in the lines read; null when its lines carry no time
     * @param last    when it was last logged
     */
    public record Group(String pattern, int count, Instant first, Instant last) {}

    /** The entries of level error (or warning) in {@code log}, grouped. */
    public static ConnectorLogErrors of(ConnectorLog log) {
        Map<String, Group> byPattern = new LinkedHashMap<>();
        for (ConnectorLog.Entry entry : log.entries()) {
            if (!"error".equals(entry.level()) && !"warning".equals(entry.level())) {
                continue;
            }
            String pattern = patternOf(entry.message());
            Group before = byPattern.remove(pattern);
            byPattern.put(pattern, before == null ? new Group(pattern, 1, entry.time(), entry.time())
                    : new Group(pattern, before.count() + 1, before.first(), entry.time()));
        }
        List<Group> newestFirst = new ArrayList<>(byPattern.values());
        java.util.Collections.reverse(newestFirst);
        return new ConnectorLogErrors(newestFirst);
    }

    static String patternOf(String message) {
        String text = message == null ? "" : message;
        return LOCAL_PORT.matcher(ADDRESS.matcher(text).replaceAll("ADDRESS")).replaceAll(":PORT");
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** One line: each group with its count and its first and last time. */
    public String summary() {
        if (groups.isEmpty()) {
            return "no error in the connector's log";
        }
        return groups.stream()
                .map(g -> "'" + g.pattern() + "' x" + g.count() + (g.first() == null ? "" : " (" + g.first() + " .. " + g.last() + ")"))
                .collect(Collectors.joining("; "));
    }
}

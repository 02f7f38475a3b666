package io.fpsh.probe;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the SSE portal's pages share: a heading naming the portal, its region and the page. */
final class SsePages {
    private static final Pattern HEADING = Pattern.compile("SSE portal \\S+ \\((US|EU|APJ)\\) > (.+)");

    private SsePages() {}

    /** The region of an SSE page's heading, which must name {@code page}. */
    static String region(LabPageProbe<?> probe, ProbeOutput output, String page) throws ProbeParseException {
        Matcher heading = output.lines().isEmpty() ? null : HEADING.matcher(output.lines().get(0));
        if (heading == null || !heading.matches() || !heading.group(2).equals(page)) {
            throw ProbeParseException.atEnd(probe.name(), output.lines(), "not the SSE portal's " + page + " page");
        }
        output.from("region", 0);
        return heading.group(1);
    }
}

package io.fpsh.playbook;

import java.util.List;

/**
 * One named check of a playbook: what it needs (steps that must PASS or WARN before it runs, else it is BLOCKED),
 * what it comes after (the same, for steps of another playbook that the plan may or may not take in: ignored when it
 * lacks them), the hop of the event path it checks (null for none: licensing's checklist) and its body.
 */
public record Step(String id, String title, List<String> needs, List<String> after, Hop hop, Body body) {

    public Step {
        needs = List.copyOf(needs);
        after = List.copyOf(after);
    }

    public Step(String id, String title, List<String> needs, Hop hop, Body body) {
        this(id, title, needs, List.of(), hop, body);
    }

    /** The check itself: reads probes through the context, reports findings, or skips. */
    @FunctionalInterface
    public interface Body {
        void run(StepContext context) throws Exception;
    }
}

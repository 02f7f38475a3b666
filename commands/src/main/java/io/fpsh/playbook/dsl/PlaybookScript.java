package io.fpsh.playbook.dsl;

import groovy.lang.Closure;
import groovy.lang.DelegatesTo;
import groovy.lang.Script;
import io.fpsh.playbook.FindingKind;
import io.fpsh.playbook.Hop;
import io.fpsh.playbook.Plan;
import io.fpsh.playbook.PlaybookLoadException;
import io.fpsh.playbook.Step;
import io.fpsh.playbook.StepContext;
import io.fpsh.playbook.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The base class of every playbook script (shipped ones are compiled against it, type-checked, at build time). A
 * script's top level only declares: {@code playbook NAME, SUMMARY}, its findings ({@code finding 'ID', title: ...,
 * impact: ..., verdict: FAIL|WARN, guide: ...}), other playbooks it includes, and its steps ({@code step 'id',
 * 'title', needs: ['other'], { ... }}); the steps' bodies run later, on a device, with a {@link StepContext} as
 * their delegate. {@link #plan()} runs the declarations and returns the plan.
 */
public abstract class PlaybookScript extends Script {
    /** For {@code verdict: FAIL} in a finding's declaration. */
    public static final Verdict FAIL = Verdict.FAIL;
    public static final Verdict WARN = Verdict.WARN;
    /** For {@code hop: DNS} in a step's options. */
    public static final Hop EVENT_HANDLER = Hop.EVENT_HANDLER;
    public static final Hop UNIX_SOCKET = Hop.UNIX_SOCKET;
    public static final Hop SSE_CONNECTOR = Hop.SSE_CONNECTOR;
    public static final Hop DNS = Hop.DNS;
    public static final Hop TCP_443 = Hop.TCP_443;
    public static final Hop TLS = Hop.TLS;
    public static final Hop SSE = Hop.SSE;
    public static final Hop XDR = Hop.XDR;

    private String name;
    private String summary = "";
    private final List<FindingKind> findings = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();

    /** Names the playbook; {@code fpsh run} lists it with {@code summary}. */
    public void playbook(String name, String summary) {
        this.name = name;
        this.summary = summary;
    }

    /** Declares finding {@code id}: {@code title} (what is wrong), {@code impact}, {@code verdict}, {@code guide}. */
    public void finding(Map<String, ?> details, String id) {
        Object verdict = details.get("verdict");
        findings.add(new FindingKind(id, text(details.get("title")), text(details.get("impact")),
                verdict instanceof Verdict v ? v : verdict == null ? Verdict.FAIL : Verdict.valueOf(verdict.toString()),
                text(details.get("guide"))));
    }

    /**
     * Declares a step; {@code options.needs} lists the steps that must PASS or WARN first, {@code options.hop} names
     * the event path's hop it checks ({@code hop: DNS}), {@code options.after} steps of another playbook that must PASS
     * or WARN first when the plan takes them in (xdr-health), ignored otherwise.
     */
    public void step(Map<String, ?> options, String id, String title,
                     @DelegatesTo(value = StepContext.class, strategy = Closure.DELEGATE_FIRST) Closure<?> body) {
        List<String> needs = names(options.get("needs"));
        List<String> after = names(options.get("after"));
        Object hop = options.get("hop");
        steps.add(new Step(id, title, needs, after,
                hop == null ? null : hop instanceof Hop h ? h : Hop.valueOf(hop.toString()), context -> {
            Closure<?> bound = body.rehydrate(context, this, this);
            bound.setResolveStrategy(Closure.DELEGATE_FIRST);
            bound.call();
        }));
    }

    /** A step option's step ids: one, or a list. */
    private static List<String> names(Object declared) {
        List<String> names = new ArrayList<>();
        if (declared instanceof List<?> list) {
            list.forEach(n -> names.add(String.valueOf(n)));
        } else if (declared != null) {
            names.add(String.valueOf(declared));
        }
        return names;
    }

    public void step(String id, String title,
                     @DelegatesTo(value = StepContext.class, strategy = Closure.DELEGATE_FIRST) Closure<?> body) {
        step(Map.of(), id, title, body);
    }

    /**
     * Takes in another shipped playbook's findings and steps, after those declared so far; a step already taken in
     * (connectivity includes dns, and xdr-health both) is not run twice.
     */
    public void include(String playbook) {
        Plan other;
        try {
            other = PlaybookLoader.shipped(playbook);
        } catch (PlaybookLoadException e) {
            throw new PlaybookLoadException(e.getMessage(), true); // with this frame: the include's line
        }
        for (FindingKind kind : other.findings()) {
            if (findings.stream().noneMatch(f -> f.id().equals(kind.id()))) {
                findings.add(kind);
            }
        }
        for (Step step : other.steps()) {
            if (steps.stream().noneMatch(s -> s.id().equals(step.id()))) {
                steps.add(step);
            }
        }
    }

    /** Runs the script's declarations and returns what they declared. */
    public Plan plan() {
        run();
        if (name == null) {
            throw new PlaybookLoadException("not a playbook: its top level never says playbook 'NAME', 'SUMMARY'");
        }
        return new Plan(name, summary, findings, steps);
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}

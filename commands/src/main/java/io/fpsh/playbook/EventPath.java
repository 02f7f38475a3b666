package io.fpsh.playbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The event path as one device's run saw it, hop by hop in the guide's order (FTD EventHandler to XDR): each hop's
 * verdict (the worst of the steps naming it), the ids of the open findings those steps reported, and the first
 * broken hop marked. Data for the terminal's picture ({@link EventPathPicture}) and the HTML report alike.
 *
 * <p>"Broken" is FAIL only: a hop whose check could not tell (ERROR, TIMEOUT, UNREACHABLE) or was BLOCKED is shown
 * with that verdict but not named broken, as the run did not find it wrong.
 */
public record EventPath(List<HopState> hops) {

    public EventPath {
        hops = List.copyOf(hops);
    }

    /**
     * One hop.
     *
     * @param verdict     the worst verdict of the steps naming this hop; null when no step of the run checks it
     * @param findings    the ids of the open (not fixed) findings of those steps, in the order found, once each
     * @param firstBroken true for the first hop, in path order, whose verdict is FAIL
     */
    public record HopState(Hop hop, Verdict verdict, List<String> findings, boolean firstBroken) {
        public HopState {
            findings = List.copyOf(findings);
        }

        public boolean checked() {
            return verdict != null;
        }
    }

    /** The path of {@code run}: every hop of {@link Hop}, in order, checked or not. */
    public static EventPath of(DeviceRun run) {
        List<HopState> hops = new ArrayList<>();
        boolean brokenSeen = false;
        for (Hop hop : Hop.values()) {
            List<StepResult> steps = run.steps().stream().filter(s -> s.hop() == hop).toList();
            Verdict verdict = steps.isEmpty() ? null : Verdict.worstOf(steps.stream().map(StepResult::verdict).toList());
            List<String> findings = steps.stream().flatMap(s -> s.findings().stream())
                    .filter(f -> !f.fixed()).map(Finding::id).distinct().toList();
            boolean firstBroken = !brokenSeen && verdict == Verdict.FAIL;
            brokenSeen |= firstBroken;
            hops.add(new HopState(hop, verdict, findings, firstBroken));
        }
        return new EventPath(hops);
    }

    public Optional<HopState> firstBroken() {
        return hops.stream().filter(HopState::firstBroken).findFirst();
    }

    /** The state of {@code hop}. */
    public HopState hop(Hop hop) {
        return hops.get(hop.ordinal());
    }
}

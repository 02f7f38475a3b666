package io.fpsh.playbook;

import io.fpsh.probe.Probe;
import io.fpsh.probe.ProbeResult;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The device as a step's context holds it: probes and the site's params, no driver. A step's Groovy can reach its
 * context's fields (the type checker lets a closure read its delegate's private fields), so what it finds there
 * must not lead to a way of typing lines ({@link TargetSession#forSteps}).
 */
interface StepTarget {
    String name();

    Optional<String> param(String name);

    Duration commandTimeout();

    ProbeResult probe(Probe<?> probe, List<String> args, Duration deadline);
}

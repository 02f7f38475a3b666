package io.fpsh.probe;

import java.util.List;
import java.util.Optional;

/**
 * A target that can answer probes from its own state, without running anything: a lab. Instant and without side
 * effects (no history line, no {@code $?}, no sudo ticket, no wait on a dead DNS server). Its answers must equal the
 * parsed text answers: a contract test holds every shipped lab to that.
 */
public interface ModelAnswers {

    /** The record the state gives for {@code probe} with {@code args}; empty where the model has no answer for it. */
    Optional<Record> answer(String probe, List<String> args);
}

package io.fpsh.probe;

/** Whether a probe read the state; anything but OK means it could not (exit status 3 of {@code fpsh probe}). */
public enum ProbeStatus {
    OK, TIMEOUT, UNREACHABLE, PARSE_ERROR, NOT_AVAILABLE
}

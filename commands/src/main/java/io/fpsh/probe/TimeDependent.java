package io.fpsh.probe;

/**
 * A record that holds readings of running clocks, so two answers a moment apart differ there. {@link #timeless()}
 * is the part that does not move while the state stays the same: what the model-against-text contract compares.
 */
public interface TimeDependent {

    /** The part of the record that does not change with the moment it was read. */
    Record timeless();
}

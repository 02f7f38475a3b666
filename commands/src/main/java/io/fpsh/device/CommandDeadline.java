package io.fpsh.device;

import java.time.Duration;

/**
 * A target that keeps its own deadline per command (an SSH session waiting for the next prompt, which it interrupts
 * with Ctrl-C and resynchronises itself): a program driving it hands over the time its call has left when that ends
 * sooner, and puts the target's own back after the command.
 */
public interface CommandDeadline {

    /** How long each command may go without a prompt before the target gives it up. */
    Duration commandDeadline();

    /** How long each later command may go without a prompt before the target gives it up. */
    void setCommandDeadline(Duration deadline);
}

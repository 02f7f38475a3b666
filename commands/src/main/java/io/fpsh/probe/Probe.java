package io.fpsh.probe;

import io.fpsh.device.Mode;

import java.util.List;

/**
 * One state the guide reads, as a typed record: the line that asks a device for it (the same bytes on every target)
 * and the parser that reads the device's text back into the record. Probes are stateless; {@link Probes} lists them.
 *
 * @param <R> the record the probe reads
 */
public interface Probe<R extends Record> {

    /** The name on the command line, e.g. {@code show-network}. */
    String name();

    /** One line for {@code fpsh probe}'s list. */
    String summary();

    /** The arguments as a usage line shows them, e.g. {@code URL} or {@code NAME [SERVER]}; empty for none. */
    default String arguments() {
        return "";
    }

    /** The mode the line runs in. */
    Mode mode();

    /** The record type, for the JSON document's documentation and tests. */
    Class<R> recordType();

    /** Checks the arguments before anything is sent; the exception's message is the usage error. */
    default void checkArguments(List<String> args) throws ProbeUsageException {
        if (!args.isEmpty()) {
            throw new ProbeUsageException(name() + " takes no arguments");
        }
    }

    /** The line sent to the device: redirections, {@code -o /dev/null}, no pager, so every target prints the same. */
    String command(List<String> args);

    /**
     * Reads the device's output. {@code output}'s lines are clean (no CRs, no terminal controls, no echo or prompt);
     * the parser notes through {@link ProbeOutput#from} which line gave which value.
     */
    R parse(ProbeOutput output, List<String> args) throws ProbeParseException;
}

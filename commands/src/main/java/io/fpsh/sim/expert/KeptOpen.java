package io.fpsh.sim.expert;

import java.io.FilterInputStream;
import java.io.InputStream;

/** A subshell's input as each of its pipelines sees it: read by them in turn, closed by none of them. */
final class KeptOpen extends FilterInputStream {
    KeptOpen(InputStream in) {
        super(in);
    }

    @Override
    public void close() {
        // the subshell's stage closes the real stream when the whole list is done
    }
}

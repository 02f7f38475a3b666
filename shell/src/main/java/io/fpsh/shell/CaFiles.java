package io.fpsh.shell;

import io.fpsh.probe.CurlProbe;

import java.util.Iterator;
import java.util.List;

/** What {@code fpsh probe curl --cacert <Tab>} completes to: the CA file the guide's registration checks name. */
final class CaFiles implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return List.of(CurlProbe.CONNECTOR_CA).iterator();
    }
}

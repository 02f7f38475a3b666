package io.fpsh.shell;

import io.fpsh.playbook.ShippedPlaybooks;

import java.util.Iterator;

/** The shipped playbooks' names (their INDEX, no Groovy loaded): what {@code fpsh run} and {@code :run} complete to. */
final class PlaybookNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return ShippedPlaybooks.all().stream().map(ShippedPlaybooks.Entry::name).iterator();
    }
}

package io.fpsh.shell;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** What {@code --target} completes to: {@code lab:} and each shipped lab's name, {@code local}, {@code ssh://}. */
final class TargetCandidates implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        List<String> targets = new ArrayList<>();
        new ShippedLabNames().forEach(name -> targets.add("lab:" + name));
        targets.add("local");
        targets.add("ssh://");
        return targets.iterator();
    }
}

package io.fpsh.playbook.dsl;

import io.fpsh.playbook.CompiledPlaybook;

import java.util.List;

/**
 * The classes of one load of a user's playbook, in a loader of their own so they can be collected once the run is
 * over. A plain class loader: a GroovyClassLoader would also start Groovy's compiler configuration, a few hundred
 * milliseconds of a cold start, for classes that are already compiled.
 */
final class PlaybookClasses extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    PlaybookClasses(ClassLoader parent, List<CompiledPlaybook.ClassBytes> classes) {
        super("fpsh-playbook", parent);
        for (CompiledPlaybook.ClassBytes type : classes) {
            defineClass(type.name(), type.bytes(), 0, type.bytes().length);
        }
    }
}

// The build's settings for the shipped playbooks. io.fpsh.playbook.dsl.PlaybookLoader gives a user's file the same
// checks (type-checked, interrupt checks), compiled with Groovy's dynamic dispatch; the shipped ones are statically
// compiled: a fleet runs their steps on every device, and the dynamic calls were a sixth of a run's CPU.
import groovy.transform.CompileStatic
import groovy.transform.ThreadInterrupt

configuration.scriptBaseClass = 'io.fpsh.playbook.dsl.PlaybookScript'
withConfig(configuration) {
    ast(CompileStatic)
    ast(ThreadInterrupt)
}

// The build's settings for the shipped playbooks; io.fpsh.playbook.dsl.PlaybookLoader gives a user's file the same.
import groovy.transform.ThreadInterrupt
import groovy.transform.TypeChecked

configuration.scriptBaseClass = 'io.fpsh.playbook.dsl.PlaybookScript'
withConfig(configuration) {
    ast(TypeChecked)
    ast(ThreadInterrupt)
}

/**
 * The simulated FTD's diagnostic CLI (LINA, the ASA engine): {@code system support diagnostic-cli} attaches to it,
 * Ctrl-A d or {@code exit} detaches. Only the few commands the grammar's {@code [diagnostic]} section lists.
 */
package io.fpsh.sim.lina;

/**
 * The expert-mode Linux shell of a simulated FTD ({@code admin@ftd01:~$}, {@code root@ftd01:~#}).
 *
 * <p>{@link io.fpsh.sim.expert.ExpertShell} is a small bash-like interpreter: quotes, backslash escapes,
 * variables ({@code A=5}, {@code $A}, {@code ${A:-x}}, {@code $?}/{@code $HOME}/{@code $UID}..., {@code export},
 * {@code unset}), {@code ~user}, command substitution ({@code $(list)}, backquotes), {@code $((expression))}, field
 * splitting, file name patterns, pipes, {@code ;}/{@code &&}/{@code ||}, {@code ( subshells )}, {@code time},
 * redirections and comments, with bash's own error messages. Its built-in commands (cat, more, head, tail -f, grep,
 * wc, ls, cd, pwd, echo, hostname, whoami, date, ps, pmtool status, netstat, lsof, true, false) read the device
 * only through {@link io.fpsh.sim.expert.ExpertContext}: a simulated file system, process and socket tables, the
 * lab clock, and {@link io.fpsh.sim.expert.ExternalCommand}s for what the simulator plugs in (curl, nslookup,
 * sudo, exit...). Nothing here touches the host's files or processes.
 *
 * <p>Wiring, in the simulator's {@code Device.run} while in EXPERT or ROOT mode:
 * <pre>{@code
 * ExpertShell shell = new ExpertShell();                    // one per session: it keeps $?
 * int status = shell.run(line, io, context);                // Device.cancel() -> shell.cancel(): returns 130
 * String prompt = ModeGraph.prompt(mode).render(context.user(), context.hostname(),
 *         SimPaths.display(context.workingDirectory(), context.home()));
 * }</pre>
 */
package io.fpsh.sim.expert;

/**
 * The kinds of slow or host-dependent tests, one JUnit 5 tag each, put on a test class (or on the one method that
 * needs it). A test with none is a fast unit test: in-process, loopback sockets at most. Select with Maven's
 * surefire {@code -Dgroups} / {@code -DexcludedGroups} (tag names below); {@code .ci/run} runs them all.
 * <ul>
 *   <li>{@code tmux} ({@link io.fpsh.testkind.Tmux}): fpsh on a real pty through tmux;</li>
 *   <li>{@code sshd} ({@link io.fpsh.testkind.Sshd}): OpenSSH's programs (sshd, ssh, sshpass, ssh-agent,
 *       ssh-keygen, expect driving ssh);</li>
 *   <li>{@code realtool} ({@link io.fpsh.testkind.RealTool}): a host tool as the reference (curl, nslookup, dig,
 *       openssl, bash, grep);</li>
 *   <li>{@code jvm} ({@link io.fpsh.testkind.ExtraJvm}): another JVM (fpsh as a process);</li>
 *   <li>{@code netns} ({@link io.fpsh.testkind.Netns}): a private network namespace (root).</li>
 * </ul>
 * The fast loop: {@code mvn -o -B test -DexcludedGroups=tmux,sshd,realtool,jvm,netns}.
 */
package io.fpsh.testkind;

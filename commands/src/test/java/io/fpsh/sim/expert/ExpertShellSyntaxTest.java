package io.fpsh.sim.expert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fpsh.testkind.RealTool;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Shell variables, command substitution, {@code ~user}, {@code export} and {@code time}: the lines that do not
 * depend on the host are run by the host's bash too (bash 5.2 here), and must print the same and end the same.
 */
class ExpertShellSyntaxTest {

    private final ShellRun sh = new ShellRun();

    static Stream<String> sameAsBash() {
        return Stream.of(
                "A=5; echo $A ${A}",
                "echo \"[$NOPE]\" [${NOPE}] $NOPE end",
                "A=5; unset A; echo \"[$A]\"",
                "A=5 true; echo \"[$A]\"",
                "(A=5); echo \"[$A]\"",
                "echo x | A=5; echo \"[$A]\"",
                "A=1; (echo $A; A=2; echo $A); echo $A",
                "A=\"a   b\"; echo $A \"$A\"",
                "A=x; B=$A$A; echo $B",
                "echo \"$(echo \"a  b\")\" $(echo \"a  b\")",
                "echo $(echo a; echo b)x",
                "echo $(echo -e 'a\\n\\n\\n')z",
                "echo \"$(echo a)$(echo b)\"",
                "echo $(echo $(echo deep))",
                "echo `echo \\`echo nested\\``",
                "echo \"`echo 'q  x'`\"",
                "A=`echo b`; echo $A",
                "echo $(echo ')')",
                "A=$(exit 3); echo $?",
                "A=$(false) B=2; echo $? $B",
                "A=$(false) true; echo $?",
                "A=$(echo x); echo $? $A",
                "cd /; echo $(cd /root; pwd); pwd",
                "echo \"[$(true)]\" [$(true)] end",
                "echo ~nosuchuser a~root \"~root\" ~nosuchuser/x",
                "A=~nosuchuser/x; echo $A",
                "echo $#",
                "A=; B=x; echo \"[${A:-d}] [${A-d}] [${B:+p}] [${U:+p}] [${#B}] [${#U}] [${C:=set}] $C\"",
                "echo ${U:-a   b} ${U:-\"a   b\"} \"${U:-a   b}\" ${U:-$(echo h)x} ${#}",
                "echo ${U:-$(echo a | grep -c a)} ${B:=~nosuchuser} $B",
                "A=4; echo $((1+2)) $((7/2)) $((-7%3)) $((2**10)) $((1<2 && 3>4)) $(( (1+2)*3 )) $((A+1)) $(($A*2))",
                "echo $((010)) $((0x1f)) $((!0)) $((~0)) $((1<<4)) $((5&3|8^1)) $((B)) \"$((1+1))\" $(( ))",
                "A=foo; echo $((A)) $(($(echo 3)+1))",
                "export A=5; export -p | grep ' A='",
                "export B; export -p | grep ' B$'",
                "export X='a\"b$c\\d`e'\"'\"'f'; export -p | grep ' X='",
                "A=1; export A; A=2; export -p | grep ' A='",
                "export 1A=5; echo $?",
                "export A=1 1B C=3; echo $? $A $C",
                "UID=5; echo $?",
                "unset UID; echo $?",
                "false; time; echo $?",
                "time -p false; echo $?",
                "time echo a | grep -c a",
                "(exit 300)");
    }

    @RealTool
    @ParameterizedTest
    @MethodSource
    void sameAsBash(String line) throws Exception {
        HostBash bash = HostBash.run(line);
        sh.run(line);
        assertEquals(bash.out, sh.out(), "stdout of " + line);
        assertEquals(bash.status, sh.status, "status of " + line);
    }

    @Test
    void commandSubstitutionRunsTheDevicesCommands() {
        assertEquals("ftd01 root\n", sh.run("echo $(hostname) `whoami`").out());
        assertEquals("connector_fqdn=api-sse.cisco.com\n",
                sh.run("echo $(grep fqdn $(echo /ngfw/etc/sf/connector.properties))").out());
        assertEquals("/ngfw/etc/sf/connector.properties\n", sh.run("echo $(echo '/ngfw/etc/sf/*.properties')").out(),
                "an unquoted substitution is split, then matched as a pattern");
        assertEquals("ftd01\n", sh.run("H=$(hostname); echo $H").out());
    }

    @Test
    void aSubstitutionsErrorsReachTheTerminalWhateverTheCommandRedirects() {
        sh.run("echo $(cat /nope) 2>/dev/null");
        assertEquals("\n", sh.out());
        assertEquals("cat: /nope: No such file or directory\n", sh.err());
    }

    @Test
    void substitutionSyntaxErrorsAreTheLinesAsBashSaysThem() {
        sh.run("echo $(hostname");
        assertEquals(2, sh.status);
        assertEquals("-bash: unexpected EOF while looking for matching `)'\n", sh.err());
        sh.run("echo `hostname");
        assertEquals("-bash: unexpected EOF while looking for matching ``'\n", sh.err());
        sh.run("echo $(|)");
        assertEquals(2, sh.status);
        assertEquals("-bash: syntax error near unexpected token `|'\n", sh.err());
        assertEquals("", sh.out(), "nothing of the line ran");
    }

    @Test
    void aParameterFormTheShellDoesNotKnowIsBashsBadSubstitution() {
        sh.run("echo ${}; echo no");
        assertEquals("-bash: ${}: bad substitution\n", sh.err());
        assertEquals("", sh.out());
        sh.run("echo ${A:|}");
        assertEquals("-bash: ${A:|}: bad substitution\n", sh.err());
    }

    @Test
    void arithmeticErrorsAreBashsAndDropTheRestOfTheLine() {
        sh.run("echo $((1/0)); echo next");
        assertEquals(1, sh.status);
        assertEquals("", sh.out());
        assertEquals("-bash: 1/0: division by 0 (error token is \"0\")\n", sh.err());
        sh.run("echo $((1+))");
        assertEquals("-bash: 1+: syntax error: operand expected (error token is \"+\")\n", sh.err());
        sh.run("echo $((x y))");
        assertEquals("-bash: x y: syntax error in expression (error token is \"y\")\n", sh.err());
        assertEquals("1\n", sh.run("echo $?").out());
        assertEquals("0\n", sh.run("echo $((2**9999999999999))").out(), "at once, wrapping as bash's 64-bit numbers");
        sh.run("A=B; B=A; echo $((A))");
        assertEquals(1, sh.status);
        assertTrue(sh.err().startsWith("-bash: ") && sh.err().contains("expression recursion level exceeded"), sh.err());
        sh.run("echo $((" + "(".repeat(5000) + "1" + ")".repeat(5000) + "))");
        assertTrue(sh.err().contains("expression recursion level exceeded"), sh.err());
    }

    @Test
    void theDevicesVariables() {
        assertEquals("0 0 xterm-256color /root root\n", sh.run("echo $UID $EUID $TERM $HOME $USER").out());
        sh.context.asAdmin();
        assertEquals("1000 1000 /home/admin admin\n", sh.run("echo $UID $EUID $HOME $USER").out());
        sh.run("UID=0");
        assertEquals(1, sh.status);
        assertEquals("-bash: UID: readonly variable\n", sh.err());
        assertEquals("1000\n", sh.run("echo $UID").out());
    }

    @Test
    void tildeNamesAUsersHome() {
        assertEquals("/root /home/admin /root /root/x /home/admin/y ~nobody\n",
                sh.run("echo ~root ~admin ~ ~/x ~admin/y ~nobody").out());
        sh.context.asAdmin();
        assertEquals("/home/admin /root\n", sh.run("echo ~ ~root").out());
        assertEquals("/tmp\n", sh.run("HOME=/tmp; echo ~").out(), "~ is $HOME");
    }

    @Test
    void exportListsTheEnvironmentInBashsForm() {
        sh.context.asAdmin();
        sh.run("export A=5 B; export -p");
        assertEquals("declare -x A=\"5\"\ndeclare -x B\ndeclare -x HOME=\"/home/admin\"\ndeclare -x LOGNAME=\"admin\"\n"
                + "declare -x PATH=\"/usr/local/bin:/usr/bin:/bin:/ngfw/usr/local/sf/bin\"\n"
                + "declare -x PWD=\"/home/admin\"\ndeclare -x SHELL=\"/bin/bash\"\n"
                + "declare -x TERM=\"xterm-256color\"\ndeclare -x USER=\"admin\"\n", sh.out());
        assertEquals(sh.out(), sh.run("export").out());
        sh.run("export 1A=5");
        assertEquals("-bash: export: `1A=5': not a valid identifier\n", sh.err());
        assertEquals(1, sh.status);
        assertEquals("x  y\n", sh.run("B=\"x  y\"; export A=$B; echo \"$A\"").out(), "export's assignments are not split");
    }

    @Test
    void eachShellHasItsOwnVariables() {
        sh.run("A=admin");
        sh.context.pid = 4245; // sudo su -: root's new bash
        assertEquals("[]\n", sh.run("echo \"[$A]\"").out());
        sh.run("B=root");
        sh.context.pid = 4242; // exit: back in admin's
        assertEquals("admin []\n", sh.run("echo $A \"[$B]\"").out());
        sh.context.pid = 4248; // sudo su - again: a fresh root shell
        assertEquals("[]\n", sh.run("echo \"[$B]\"").out());
    }

    @Test
    void timeReportsTheLabClocksElapsedTimeOnStandardError() {
        sh.context.external.put("slow", call -> {
            sh.context.now = sh.context.now.plusNanos(75_512_900_000L);
            return 4;
        });
        sh.run("time slow");
        assertEquals(4, sh.status);
        assertEquals("\nreal\t1m15.512s\nuser\t0m0.000s\nsys\t0m0.000s\n", sh.err());
        sh.run("time -p slow 2>/dev/null | grep x");
        assertEquals("real 75.51\nuser 0.00\nsys 0.00\n", sh.err(), "the whole pipeline, whatever it redirects");
        assertEquals(1, sh.status);
        sh.run("time");
        assertEquals("\nreal\t0m0.000s\nuser\t0m0.000s\nsys\t0m0.000s\n", sh.err());
        sh.run("\\time true");
        assertEquals("-bash: time: command not found\n", sh.err(), "only a plain time is the keyword");
    }

    /** The host's bash, with an empty environment, in a directory of its own: nothing of the host shows. */
    private record HostBash(String out, int status) {
        static HostBash run(String line) throws Exception {
            Process process;
            try {
                ProcessBuilder builder = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", line)
                        .directory(Path.of(System.getProperty("java.io.tmpdir")).toFile())
                        .redirectError(ProcessBuilder.Redirect.DISCARD);
                builder.environment().clear();
                process = builder.start();
            } catch (IOException missing) {
                assumeTrue(false, "bash is not installed on this host");
                throw missing;
            }
            process.getOutputStream().close();
            String out = read(process.getInputStream());
            assumeTrue(process.waitFor(10, TimeUnit.SECONDS), "bash did not finish");
            return new HostBash(out, process.exitValue());
        }

        private static String read(InputStream in) throws IOException {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return all.toString(StandardCharsets.UTF_8);
        }
    }
}

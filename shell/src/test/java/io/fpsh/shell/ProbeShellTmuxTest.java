package io.fpsh.shell;

import io.fpsh.sim.FastLab;
import io.fpsh.testkind.ExtraJvm;
import io.fpsh.testkind.Tmux;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code :probe} in the interactive shell on the real lab, through a real pseudo-terminal (tmux). */
@ExtraJvm
@Tmux
class ProbeShellTmuxTest {
    private Path home;
    private TmuxScreen screen;

    @BeforeEach
    void start() throws Exception {
        TmuxScreen.assumeInstalled();
        home = FpshProcess.tempHome();
        screen = TmuxScreen.startLab(home, "--lab", FastLab.write(home, "ftd01-dns").toString());
        screen.waitForClishPrompt();
    }

    @AfterEach
    void stop() {
        if (screen != null) {
            screen.close();
        }
    }

    @Test
    void probeNamesTheDnsServerConfiguredInTheSessionAndLeavesTheUserWhereHeWas() throws Exception {
        enter("configure network dns servers 192.0.2.11", ">");
        enter("expert", "admin@ftd01:~$");
        String text = enter(":probe show-network", "admin@ftd01:~$");
        assertTrue(text.lines().anyMatch(line -> line.matches("dnsServers +192\\.0\\.2\\.11")), text);
        assertTrue(text.contains("sent 'show network' in clish: exit 0"), text);
        screen.press("Up");
        screen.waitFor("the :probe line recalled from the expert history",
                s -> TmuxScreen.lastLine(s).equals("admin@ftd01:~$ :probe show-network"));
    }

    private String enter(String line, String nextPrompt) throws Exception {
        screen.type(line);
        screen.press("Enter");
        return screen.waitFor(line + " to run", s -> s.contains(line + "\n") && TmuxScreen.lastLine(s).equals(nextPrompt));
    }
}

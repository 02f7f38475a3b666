package io.fpsh.shell;

import io.fpsh.shell.serve.FtdSshServer;
import io.fpsh.shell.serve.ServeSettings;
import io.fpsh.testkind.Sshd;
import io.fpsh.testkind.Tmux;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * vi and less over {@code fpsh serve}: the real OpenSSH client with a pty ({@code ssh -tt}) in a real terminal
 * (tmux, 80x12), logged in to the default lab served in this JVM. The keys come through the channel, the screen is
 * the pty's size, Ctrl-C is vi's key, and the server's line editor has the terminal back afterwards.
 */
@Tmux
@Sshd
class FullScreenOverServeTmuxTest {
    private static final String PROMPT = "admin@ftd01:~$";

    @TempDir
    static Path folder;
    private static FtdSshServer server;
    private TmuxScreen screen;

    @BeforeAll
    static void startServer() throws Exception {
        SshInTmux.assumeToolsInstalled();
        server = FtdSshServer.start(new ServeSettings("lab:ftd01-dns", "127.0.0.1", 0, null, false, folder.resolve("home")));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void closeTerminal() {
        if (screen != null) {
            screen.close();
        }
    }

    private void logIn() throws Exception {
        screen = SshInTmux.logIn(folder, server.port(), 80, 12);
        screen.type("expert");
        screen.press("Enter");
        screen.waitFor("the expert prompt", s -> TmuxScreen.lastLine(s).equals(PROMPT));
    }

    @Test
    void viEditsOverSshAndLessQuitsBackToTheLineEditor() throws Exception {
        logIn();
        screen.type("echo -e 'one\\ntwo' > /tmp/s.txt; vi /tmp/s.txt");
        screen.press("Enter");
        String opened = screen.waitFor("vi's screen", s -> s.contains("\"/tmp/s.txt\" 2L, 8B"));
        assertTrue(opened.startsWith("one\ntwo\n~\n"), opened);
        assertTrue(TmuxScreen.lastLine(opened).matches("\"/tmp/s.txt\" 2L, 8B {43}1,1 {11}All"), "the pty's 80 columns: " + opened);
        screen.press("Down", "A");
        screen.waitFor("insert mode", s -> TmuxScreen.lastLine(s).startsWith("-- INSERT --"));
        screen.type("!");
        screen.press("Escape");
        screen.press("C-c");
        screen.waitFor("Ctrl-C as vim answers it, the command not cancelled", s -> s.startsWith("one\ntwo!\n~")
                && TmuxScreen.lastLine(s).startsWith("Type  :qa!  and press <E...all changes and exit Vim           2,4"));
        screen.type(":wq");
        screen.press("Enter");
        screen.waitFor("the prompt", s -> TmuxScreen.lastLine(s).equals(PROMPT));
        screen.type("less /tmp/s.txt");
        screen.press("Enter");
        String paged = screen.waitFor("less's screen", s -> s.contains("/tmp/s.txt (END)"));
        assertTrue(paged.startsWith("one\ntwo!\n/tmp/s.txt (END)"), paged);
        screen.press("q");
        screen.waitFor("the prompt", s -> TmuxScreen.lastLine(s).equals(PROMPT));
        screen.type("echo fpsh");
        screen.press("Left", "Left", "Left", "Left");
        screen.type("vi-");
        screen.press("Enter");
        screen.waitFor("the edited line's output", s -> s.contains("\nvi-fpsh\n" + PROMPT));
    }
}

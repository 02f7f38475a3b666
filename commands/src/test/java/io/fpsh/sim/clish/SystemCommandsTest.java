package io.fpsh.sim.clish;

import io.fpsh.drive.CapturingIo;
import io.fpsh.grammar.Grammar;
import io.fpsh.lab.LabFile;
import io.fpsh.sim.DeviceFiles;
import io.fpsh.sim.DeviceState;
import io.fpsh.sim.FtdSession;
import io.fpsh.sim.LabClock;
import io.fpsh.sim.ScriptedIo;
import io.fpsh.sim.connector.ConnectorActivity;
import io.fpsh.sim.connector.Reachability;
import io.fpsh.sim.expert.MapFileSystem;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import io.fpsh.testkind.RealTool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** view-files browses the device's logs; generate-troubleshoot leaves a real .tar.gz in /ngfw/var/common. */
class SystemCommandsTest {
    private static final String ARCHIVE = "/ngfw/var/common/results-04-08-2020--012000.tar.gz";
    private static SimulatedFtd ftd;

    @BeforeAll
    static void open() throws Exception {
        LabFile lab = LabDevices.read("ftd01-dns");
        ftd = new SimulatedFtd(lab, new LabClock(lab.clock().start(), true));
    }

    @AfterAll
    static void close() {
        ftd.close();
    }

    @Test
    void viewFilesListsTheLogsEntersASubDirAndShowsAFile() {
        ScriptedIo.run(ftd, "expert", 0);
        String connectorLog = ScriptedIo.run(ftd, "cat /ngfw/var/log/connector/connector.log", 0).stdout();
        ScriptedIo.run(ftd, "exit", 0);
        CapturingIo io = ScriptedIo.run(ftd, "system support view-files", 0, "connector", "s", "connector.log", "b", "b");
        String shown = io.stdout();
        assertTrue(shown.startsWith("\n===View Logs===\n\n============================\nDirectory: /ngfw/var/log\n"
                + "----------sub-dirs----------\nconnector\n-----------files------------\n"), shown);
        assertTrue(shown.contains("2020-04-08 01:20:00.000000000 | "), shown);
        assertTrue(shown.contains(" | action_queue.log\n"), shown);
        assertTrue(shown.contains("Directory: /ngfw/var/log/connector\n----------sub-dirs----------\n"
                + "-----------files------------\n"), shown);
        assertTrue(!connectorLog.isEmpty() && shown.contains(connectorLog), shown);
        assertEquals(java.util.List.of(SystemCommands.DIRECTORY_PROMPT, SystemCommands.DIRECTORY_PROMPT, "> ",
                SystemCommands.DIRECTORY_PROMPT, SystemCommands.DIRECTORY_PROMPT), io.questions());
    }

    @Test
    void viewFilesSaysSoForANameThatIsNoSubDirAndEndsAtTheEndOfInput() {
        String shown = ScriptedIo.run(ftd, "system support view-files", 0, "nope").stdout();
        assertTrue(shown.contains("Invalid sub-directory: nope\n"), shown);
        assertTrue(shown.endsWith("[Ctrl+C] to exit)\n\n"), shown); // the end of input leaves on a new line
    }

    @Test
    void generateTroubleshootLeavesTheArchiveWhereExpertLsSeesIt() {
        String said = ScriptedIo.run(ftd, "system generate-troubleshoot all", 0).stdout();
        assertTrue(said.endsWith("Troubleshooting information successfully created at " + ARCHIVE + "\n"), said);
        ScriptedIo.run(ftd, "expert", 0);
        assertTrue(ScriptedIo.run(ftd, "ls /ngfw/var/common", 0).stdout()
                .contains("results-04-08-2020--012000.tar.gz"));
        ScriptedIo.run(ftd, "exit", 0);
    }

    @Test
    @RealTool
    void theArchiveIsATarGzTheRealTarReadsWithTheDevicesViews(@TempDir Path dir) throws Exception {
        LabFile lab = LabDevices.read("ftd01-dns");
        DeviceState state = new DeviceState(lab, new LabClock(lab.clock().start(), true));
        MapFileSystem files = DeviceFiles.of(state, new ConnectorActivity(state, new Reachability(lab)));
        FtdSession session = new FtdSession(state);
        session.attachFiles(() -> files);
        assertEquals(0, new ClishInterpreter(Grammar.ftd()).run("system generate-troubleshoot all", session, CapturingIo.answering()));
        Path archive = dir.resolve("results.tar.gz");
        Files.write(archive, files.read(ARCHIVE));
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", dir.toString()).redirectErrorStream(true).start();
        String complaints = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(tar.waitFor(20, TimeUnit.SECONDS));
        assertEquals(0, tar.exitValue(), complaints);
        Path results = dir.resolve("results-04-08-2020--012000");
        assertEquals(DeviceViews.techSupport(state).get("show version"),
                Files.readString(results.resolve("command-outputs/show_version.output")));
        assertEquals(new String(files.read("/ngfw/var/log/connector/connector.log"), StandardCharsets.UTF_8),
                Files.readString(results.resolve("dir-archives/var-log/connector/connector.log")));
    }
}

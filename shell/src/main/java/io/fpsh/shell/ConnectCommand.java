package io.fpsh.shell;

import io.fpsh.ssh.ChangePolicy;
import io.fpsh.ssh.SshFtd;
import io.fpsh.ssh.UnknownHostKeys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** {@code fpsh connect}: the shell (or {@code -c}) on a real FTD over SSH, like {@code --target ssh://...}. */
@Command(name = "connect", mixinStandardHelpOptions = true,
        description = {"Connect to a real FTD over SSH and run the shell on it (with -c: run the commands).",
                "With -c nothing is asked: an unknown host key or a needed password fails at once, and encrypted "
                        + "key files are skipped."},
        footer = {"", "Commands that change the device (configure, reboot, sudo, writes as root...) are confirmed first on a "
                + "terminal; with -c or without a terminal they are not sent (status 1) unless --allow-changes is given.",
                "Exit status: with -c that of the last command; 255 when the connection fails, as ssh."})
public final class ConnectCommand implements Callable<Integer> {

    @ParentCommand
    FpshCommand parent;

    @Parameters(paramLabel = "[USER@]HOST[:PORT]",
            description = "The device, or a Host of the ssh config; USER defaults to the config's, else the local user.")
    String address;

    @Mixin
    SshClientOptions ssh = new SshClientOptions();

    @Option(names = "--record", paramLabel = "FILE",
            description = "Record what the screen shows as an asciicast v2 file (asciinema play FILE).")
    String recordFile;

    @Option(names = "--read-only", description = "Never send a command that changes the device (configure, reboot, sudo...).")
    boolean readOnly;

    @Option(names = "--allow-changes",
            description = "Send commands that change the device without asking; with -c they are refused without it.")
    boolean allowChanges;

    @Option(names = "-c", paramLabel = "COMMANDS",
            description = "Run the ';'-separated commands and print only their output, like ssh host 'cmd'.")
    String commands;

    @Override
    public Integer call() throws FpshException {
        LaunchOptions.Changes changes = LaunchOptions.Changes.of(readOnly, allowChanges); // a usage error before connecting
        SshConnect connect = ssh.connect(ChangePolicy.ASK);
        SshFtd device;
        if (commands != null) {
            device = connect.open(address, UnknownHostKeys.REFUSE, null); // keys only
        } else {
            ConsoleQuestions questions = ConsoleQuestions.onTerminal();
            device = connect.open(address, questions, questions);
        }
        String spec = device.targetName();
        // The launcher opens its target by spec: this one is already open, everything else opens as usual.
        DeviceOpener alreadyOpen = asked -> asked.equals(spec) ? device : DeviceOpener.standard().open(asked);
        return parent.launcher().withOpener(alreadyOpen, connect).launch(new LaunchOptions(spec, commands, recordFile, changes));
    }
}

package io.fpsh.shell;

import io.fpsh.device.DeviceIo;
import io.fpsh.target.Targets;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * fpsh's own commands, the lines starting with {@code :}; they never reach the device. The one dispatcher of every
 * front end (the interactive shell, piped input, {@code -c}, and the shells {@code fpsh serve} gives SSH clients),
 * with a policy per front end ({@link Session.FrontEnd}): a served shell is someone else's server, so there only
 * the commands that stay on its device work, and those that open a connection or read a host file are refused.
 */
public final class ShellCommands {

    /** What the front end does after an own command. */
    public enum Outcome { CONTINUE, EXIT }

    /** The commands a served shell runs; the others are refused there with one line. */
    private static final Set<String> SERVED = Set.of(":help", ":probe", ":run", ":lab", ":net", ":fmc", ":sse",
            ":smart-account");

    /** Every own command, as completion offers them. */
    static final List<String> NAMES = List.of(":help", ":probe", ":run", ":lab", ":net", ":target", ":connect",
            ":disconnect", ":labs", ":exit", ":fmc", ":sse", ":smart-account");

    static final String HELP = String.join("\n",
            "fpsh commands (everything else goes to the device):",
            "  :help                  this list",
            "  :probe [NAME [ARGS]]   read one state of this device as data (without NAME: the probes)",
            "  :run [PLAYBOOK|FILE.groovy] [--fix [--yes]]  run a playbook on this device (without one: the playbooks)",
            "  :lab [hint|check|reset|solution|actions|answer TEXT]  this lab's lesson: story and objectives, next hint, check, reset",
            "  :net [allow HOST PORT|exempt HOST]  the lab's path outside the device: its rules, or change them (:lab actions)",
            // the world around a lab's device (issue 12 §3): the stand-ins' own block
            "  :fmc cloud-services [set KEY VALUE] | :fmc deploy  a lab's FMC: Cloud Services page, its changes, Deploy",
            "  :sse devices|events|cloud-services [set KEY on|off] | :sse [un]link-smart-account  a lab's SSE portal",
            "  :smart-account         a lab's Smart Account: virtual account, licences, your role",
            "  :target lab:NAME|FILE  close this device and open another",
            "  :connect [USER@]HOST[:PORT]  close this device and connect to a real FTD over SSH",
            "  :disconnect            close the SSH device and return to the default lab",
            "  :labs                  the shipped labs",
            "  :exit                  leave fpsh",
            "");

    static final String SERVED_HELP = String.join("\n",
            "fpsh commands (everything else goes to the device):",
            "  :help                  this list",
            "  :probe [NAME [ARGS]]   read one state of this device as data (without NAME: the probes)",
            "  :run [PLAYBOOK] [--fix [--yes]]  run a shipped playbook on this device (without one: the playbooks)",
            "  :lab [hint|check|reset|solution|actions|answer TEXT]  this lab's lesson: story and objectives, next hint, check, reset",
            "  :net [allow HOST PORT|exempt HOST]  the lab's path outside the device: its rules, or change them (:lab actions)",
            // the world around a lab's device (issue 12 §3): the stand-ins' own block
            "  :fmc cloud-services [set KEY VALUE] | :fmc deploy  a lab's FMC: Cloud Services page, its changes, Deploy",
            "  :sse devices|events|cloud-services [set KEY on|off] | :sse [un]link-smart-account  a lab's SSE portal",
            "  :smart-account         a lab's Smart Account: virtual account, licences, your role",
            "");

    private ShellCommands() {}

    static boolean runsInServedShell(String name) {
        return SERVED.contains(name);
    }

    public static boolean isOwnCommand(String line) {
        return line.stripLeading().startsWith(":");
    }

    /** Runs an own command on {@code session}'s device; {@code io} is the front end's (output, password questions). */
    public static Outcome run(String line, Session session, DeviceIo io) {
        PrintStream out = io.out();
        PrintStream err = io.err();
        String text = line.strip();
        int blank = indexOfWhitespace(text);
        String name = blank < 0 ? text : text.substring(0, blank);
        String argument = blank < 0 ? "" : text.substring(blank).strip();
        session.ownCommandStatus(0);
        if (session.frontEnd() == Session.FrontEnd.SERVED && !SERVED.contains(name)) {
            err.println(HELP.contains("  " + name + " ")
                    ? "fpsh: " + Printable.of(name) + " is not available in a served shell"
                    : "fpsh: unknown command '" + Printable.of(name) + "' (try :help)");
            return Outcome.CONTINUE;
        }
        String studentRefusal = session.student() == null ? null : session.student().refusal(name);
        if (studentRefusal != null) { // a classroom's lesson may close more (issue 12 §6)
            err.println(studentRefusal);
            return Outcome.CONTINUE;
        }
        switch (name) {
            case ":help":
                out.print(session.frontEnd() == Session.FrontEnd.SERVED ? SERVED_HELP : HELP);
                return Outcome.CONTINUE;
            case ":probe":
                ProbeShellCommand.run(argument, session, io);
                return Outcome.CONTINUE;
            case ":run":
                session.ownCommandStatus(RunShellCommand.run(argument, session, io));
                return Outcome.CONTINUE;
            case ":lab":
                session.ownCommandStatus(LabShellCommand.run(argument, session, io));
                return Outcome.CONTINUE;
            case ":net": // the stand-ins for the network outside the device (issue 12 §3)
                session.ownCommandStatus(NetShellCommand.run(argument, session, io));
                return Outcome.CONTINUE;
            case ":fmc", ":sse", ":smart-account":
                session.ownCommandStatus(WorldShellCommand.run(name, argument, session, io));
                return Outcome.CONTINUE;
            case ":labs":
                out.print(LabListing.text());
                return Outcome.CONTINUE;
            case ":exit":
                return Outcome.EXIT;
            case ":target":
                if (argument.isEmpty()) {
                    err.println("fpsh: usage: :target lab:NAME|FILE (now " + session.device().targetName() + ")");
                    return Outcome.CONTINUE;
                }
                try {
                    session.switchTarget(argument);
                    out.print(session.device().banner());
                } catch (FpshException e) {
                    err.println("fpsh: " + e.getMessage());
                }
                return Outcome.CONTINUE;
            case ":connect":
                return connect(argument, session, out, err);
            case ":disconnect":
                return disconnect(session, out, err);
            default:
                err.println("fpsh: unknown command '" + Printable.of(name) + "' (try :help)");
                return Outcome.CONTINUE;
        }
    }

    private static Outcome connect(String address, Session session, PrintStream out, PrintStream err) {
        if (address.isEmpty()) {
            err.println("fpsh: usage: :connect [user@]host[:port] (now " + session.device().targetName() + ")");
            return Outcome.CONTINUE;
        }
        try {
            ConsoleQuestions questions = ConsoleQuestions.onTerminal();
            session.switchTo(session.ssh().openGuarded(address, questions, questions));
            out.print(session.device().banner());
        } catch (FpshException e) {
            err.println("fpsh: " + e.getMessage());
        }
        return Outcome.CONTINUE;
    }

    /** Back to the default lab; only an SSH device is left this way, so a lab's state is not lost by a typo. */
    private static Outcome disconnect(Session session, PrintStream out, PrintStream err) {
        if (!session.device().targetName().startsWith("ssh://")) {
            err.println("fpsh: not connected over SSH (now " + session.device().targetName() + ")");
            return Outcome.CONTINUE;
        }
        try {
            session.switchTarget(Targets.DEFAULT);
            out.print(session.device().banner());
        } catch (FpshException e) {
            err.println("fpsh: " + e.getMessage());
        }
        return Outcome.CONTINUE;
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}

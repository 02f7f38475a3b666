package io.fpsh.sim.expert;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The commands the shell implements itself, then whatever the device plugs in through its context. */
final class CommandTable {

    private final Map<String, ExternalCommand> builtins = new TreeMap<>();

    CommandTable() {
        FileCommands files = new FileCommands();
        builtins.put("cat", files::cat);
        builtins.put("more", files::more);
        builtins.put("head", new HeadCommand());
        builtins.put("tail", new TailCommand());
        builtins.put("grep", new GrepCommand());
        builtins.put("egrep", call -> new GrepCommand().runAs(call, true));
        builtins.put("ls", new LsCommand());
        builtins.put("wc", new WcCommand());
        SessionCommands session = new SessionCommands();
        builtins.put("cd", session::cd);
        builtins.put("pwd", session::pwd);
        builtins.put("echo", session::echo);
        builtins.put("hostname", session::hostname);
        builtins.put("whoami", session::whoami);
        builtins.put("date", session::date);
        builtins.put("true", call -> 0);
        builtins.put("false", call -> 1);
        builtins.put("ps", new PsCommand());
        builtins.put("pmtool", new PmtoolCommand());
        builtins.put("netstat", new NetstatCommand());
        builtins.put("lsof", new LsofCommand());
        LookupCommands lookup = new LookupCommands();
        builtins.put("which", lookup::which);
        builtins.put("type", lookup::type);
        readingTools();
    }

    /** The tools an engineer reads logs and the system with (issue 11 §2, "Reading"). */
    private void readingTools() {
        builtins.put("cut", new CutCommand());
        builtins.put("sort", new SortCommand());
        builtins.put("uniq", new UniqCommand());
        builtins.put("sed", new SedCommand());
        builtins.put("awk", new AwkCommand());
        builtins.put("find", new FindCommand());
        builtins.put("less", new LessCommand());
        builtins.put("zcat", new ZcatCommand());
        builtins.put("tr", new TrCommand());
        builtins.put("tee", new TeeCommand());
        builtins.put("printf", new PrintfCommand());
        builtins.put("xargs", new XargsCommand(this));
        SystemCommands system = new SystemCommands();
        builtins.put("id", system::id);
        builtins.put("uname", system::uname);
        builtins.put("uptime", system::uptime);
        builtins.put("clear", system::clear);
        builtins.put("df", new DfCommand());
        builtins.put("top", new TopCommand());
        builtins.put("kill", new KillCommand());
        fullScreenTools();
    }

    /** The tools that draw on the terminal, key by key (issue 11 §2: vi; less above pages the same way). */
    private void fullScreenTools() {
        builtins.put("vi", new ViCommand());
        builtins.put("vim", new ViCommand());
    }

    /** The names of the commands the shell implements itself (a context may withhold some: offersBuiltin). */
    Set<String> names() {
        return builtins.keySet();
    }

    Optional<ExternalCommand> find(String name, ExpertContext context) {
        ExternalCommand builtin = context.offersBuiltin(name) ? builtins.get(name) : null;
        return builtin != null ? Optional.of(builtin) : context.externalCommand(name);
    }
}

package io.fpsh.sim.expert;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Builtins about the session itself: cd, pwd, echo, hostname, whoami, date. */
final class SessionCommands {

    /** {@code date}'s default format, e.g. {@code Wed Apr  8 01:27:55 UTC 2020}. */
    static final DateTimeFormatter DATE_FORMAT =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss zzz yyyy", Locale.US);

    int cd(CommandCall call) {
        List<String> args = call.args();
        if (args.size() > 1) {
            call.err().println("-bash: cd: too many arguments");
            return 1;
        }
        String target = args.isEmpty() ? call.context().home() : args.get(0);
        if (target.equals("-")) {
            call.err().println("-bash: cd: OLDPWD not set");
            return 1;
        }
        String path = call.resolve(target);
        SimFileSystem fs = call.context().fileSystem();
        if (!fs.exists(path)) {
            call.err().println("-bash: cd: " + target + ": No such file or directory");
            return 1;
        }
        if (!fs.isDirectory(path)) {
            call.err().println("-bash: cd: " + target + ": Not a directory");
            return 1;
        }
        call.context().changeWorkingDirectory(path);
        return 0;
    }

    int pwd(CommandCall call) {
        call.out().println(call.context().workingDirectory());
        return 0;
    }

    /** bash's builtin echo: {@code -n} drops the newline, {@code -e} reads backslash escapes. */
    int echo(CommandCall call) {
        List<String> args = call.args();
        boolean newline = true;
        boolean escapes = false;
        int first = 0;
        while (first < args.size() && args.get(first).matches("-[neE]+")) {
            String flags = args.get(first);
            newline &= !flags.contains("n");
            if (flags.contains("e")) {
                escapes = true;
            }
            if (flags.contains("E")) {
                escapes = flags.lastIndexOf('e') > flags.lastIndexOf('E');
            }
            first++;
        }
        String text = String.join(" ", args.subList(first, args.size()));
        if (escapes) {
            int stop = text.indexOf("\\c");
            if (stop >= 0) {
                text = text.substring(0, stop);
                newline = false;
            }
            text = text.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\");
        }
        call.out().print(newline ? text + "\n" : text);
        return 0;
    }

    int hostname(CommandCall call) {
        call.out().println(call.context().hostname());
        return 0;
    }

    int whoami(CommandCall call) {
        if (!call.args().isEmpty()) {
            call.err().println("whoami: extra operand '" + call.args().get(0) + "'");
            call.err().println("Try 'whoami --help' for more information.");
            return 1;
        }
        call.out().println(call.context().user());
        return 0;
    }

    /** {@code date}, {@code date -u}, {@code date +FORMAT} with the common conversions. */
    int date(CommandCall call) {
        ZonedDateTime now = call.context().clock().get();
        String format = null;
        boolean utc = false;
        java.util.Iterator<String> args = call.args().iterator();
        while (args.hasNext()) {
            String arg = args.next();
            if (arg.equals("-u") || arg.equals("--utc")) {
                utc = true;
            } else if ((arg.equals("-r") || arg.equals("--reference")) && args.hasNext()) {
                // GNU date -r FILE: the file's last modification time
                String file = args.next();
                try {
                    ExpertContext context = call.context();
                    now = context.fileSystem().stat(SimPaths.resolve(context.workingDirectory(), context.home(), file))
                            .modified().withZoneSameInstant(now.getZone());
                } catch (SimFileException e) {
                    call.err().println("date: " + file + ": No such file or directory");
                    return 1;
                }
            } else if (arg.startsWith("+")) {
                format = arg.substring(1);
            } else {
                call.err().println("date: invalid date '" + arg + "'");
                return 1;
            }
        }
        now = utc ? now.withZoneSameInstant(ZoneOffset.UTC) : now;
        call.out().println(format == null ? formatDefault(now) : DateFormat.format(format, now));
        return 0;
    }

    static String formatDefault(ZonedDateTime time) {
        ZonedDateTime shown = time.getZone().equals(ZoneOffset.UTC) ? time.withZoneSameInstant(java.time.ZoneId.of("UTC")) : time;
        return DATE_FORMAT.format(shown);
    }
}

package io.fpsh.probe;

import io.fpsh.device.Mode;
import io.fpsh.ftd.FtdParseException;
import io.fpsh.ftd.Managers;
import io.fpsh.ftd.ShowManagersParser;

import java.util.List;

/** {@code show managers}: each manager's host and registration (and 7.x's name, version, identifier). */
public final class ShowManagersProbe implements Probe<Managers> {

    @Override public String name() { return "show-managers"; }

    @Override public String summary() { return "show managers: each manager's host and registration state, or managed locally"; }

    @Override public Mode mode() { return Mode.CLISH; }

    @Override public Class<Managers> recordType() { return Managers.class; }

    @Override public String command(List<String> args) { return "show managers"; }

    @Override
    public Managers parse(ProbeOutput output, List<String> args) throws ProbeParseException {
        try {
            Managers managers = new Managers(ShowManagersParser.parse(output.text()));
            noteEachManager(output);
            return managers;
        } catch (FtdParseException e) {
            throw new ProbeParseException(name() + ": " + e.getMessage());
        }
    }

    /** Each manager's {@code Host} and {@code Registration} lines, counted by the {@code Type} line that opens it. */
    private static void noteEachManager(ProbeOutput output) {
        List<String> lines = output.lines();
        int manager = -1;
        for (int i = 0; i < lines.size(); i++) {
            String label = lines.get(i).split(":", 2)[0].strip();
            if (lines.get(i).startsWith("Managed locally")) {
                output.from("managers[0].type", i);
            } else if (label.equals("Type")) {
                manager++;
            } else if (manager >= 0 && label.equals("Host")) {
                output.from("managers[" + manager + "].host", i);
            } else if (manager >= 0 && label.equals("Registration")) {
                output.from("managers[" + manager + "].registration", i);
            }
        }
    }
}

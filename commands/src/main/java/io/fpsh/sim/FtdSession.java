package io.fpsh.sim;

import io.fpsh.device.Mode;
import io.fpsh.device.ModeGraph;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One login on a simulated FTD: who, in which mode and directory, whether the session is still open, and what a
 * login keeps to itself (its clish history, its sudo ticket), so another session on the same device has its own.
 */
public final class FtdSession {
    private final DeviceState state;
    private Mode mode = Mode.CLISH;
    private String directory;
    private boolean open = true;
    private boolean sudoLectured;
    /** LINA's level survives a detach: attaching again comes back to the console as it was left. */
    private boolean diagnosticPrivileged;
    /** The shells started one inside another (expert's bash, then root's, root's inside root's...), innermost first. */
    private final Deque<Shell> shells = new ArrayDeque<>();
    private int lastPid = 24_617;
    private final List<String> clishHistory = new ArrayList<>();
    private int clishForgotten;
    /** When the sudo password was last given in this session, or null: sudo's ticket is per terminal. */
    private Instant sudoTicket;

    public FtdSession(DeviceState state) {
        this.state = state;
        this.directory = home();
    }

    public DeviceState state() { return state; }

    public Mode mode() { return mode; }

    public String user() { return mode == Mode.ROOT ? "root" : state.loginUser(); }

    public String home() { return mode == Mode.ROOT && inLoginShell() ? "/root" : "/home/" + state.loginUser(); }

    public String directory() { return directory; }

    public void setDirectory(String directory) { this.directory = directory; }

    public boolean isOpen() { return open; }

    public void close() { open = false; }

    /** Enters expert mode as the login user, in the home directory. */
    public void enterExpert() {
        mode = Mode.EXPERT;
        directory = "/home/" + state.loginUser();
        shells.clear();
        shells.push(new Shell(lastPid += 4, true, directory));
        state.lessonTrail().walk(io.fpsh.teach.LessonTrail.Step.EXPERT);
    }

    /** Becomes root; {@code sudo su -} moves to root's home, {@code sudo su} stays where it is. */
    public void becomeRoot(boolean login) {
        shells.push(new Shell(lastPid += 3, login, directory)); // sudo, then su, then root's bash
        mode = Mode.ROOT;
        if (login) {
            directory = "/root";
        }
        state.lessonTrail().walk(io.fpsh.teach.LessonTrail.Step.ROOT);
    }

    /** Leaves root or expert mode, one level, and tells whether the shell left was a login shell. */
    public boolean leaveShell() {
        Shell left = shells.poll();
        if (mode == Mode.ROOT) {
            // the root shell's cd did not move its caller's shell: exit comes back where that one was
            directory = left.callerDirectory();
            mode = shells.size() > 1 ? Mode.ROOT : Mode.EXPERT;
        } else {
            mode = Mode.CLISH;
            state.lessonTrail().walk(io.fpsh.teach.LessonTrail.Step.CLISH_AGAIN);
        }
        return left != null && left.login();
    }

    /** Whether the running shell is a login shell: its exit says {@code logout}. */
    public boolean inLoginShell() {
        return !shells.isEmpty() && shells.peek().login();
    }

    /** The pid of the running expert or root shell, as {@code $$} shows it. */
    public int shellPid() {
        return shells.isEmpty() ? lastPid : shells.peek().pid();
    }

    /** A running shell: its pid ({@code $$}, and whose variables), whether it is a login one, where its caller was. */
    private record Shell(int pid, boolean login, String callerDirectory) {}

    /** Attaches to LINA's console ({@code system support diagnostic-cli}) at the level it was left at. */
    public void attachDiagnostic() {
        mode = diagnosticPrivileged ? Mode.DIAGNOSTIC_ENABLE : Mode.DIAGNOSTIC;
    }

    /** {@code enable} (true) or {@code disable} (false) inside LINA. */
    public void setDiagnosticPrivileged(boolean privileged) {
        diagnosticPrivileged = privileged;
        mode = privileged ? Mode.DIAGNOSTIC_ENABLE : Mode.DIAGNOSTIC;
    }

    /** Ctrl-A d (or exit): back to the clish. */
    public void detachDiagnostic() {
        mode = Mode.CLISH;
    }

    /** {@code connect fxos} at the clish, or {@code exit} from FXOS's local-mgmt shell: FXOS's own prompt. */
    public void enterFxos() {
        mode = Mode.FXOS;
    }

    /** {@code connect local-mgmt} in FXOS. */
    public void enterFxosLocalMgmt() {
        mode = Mode.FXOS_LOCAL_MGMT;
    }

    /** {@code exit} or {@code connect ftd} in FXOS: back to the clish. */
    public void leaveFxos() {
        mode = Mode.CLISH;
    }

    public synchronized List<String> clishHistory() { return List.copyOf(clishHistory); }

    public synchronized void remember(String line) {
        clishHistory.add(line);
        // [UNVERIFIED] the clish's own history size is not known: bash's default HISTSIZE, so a flood stays bounded
        if (clishHistory.size() > 500) {
            clishHistory.remove(0);
            clishForgotten++;
        }
    }

    /** The number the clish's {@code history} gives its oldest line kept. */
    public synchronized int clishHistoryBase() { return clishForgotten + 1; }

    /** The last line remembered, replaced by what was typed in full (a {@code |} filter's command line). */
    public synchronized void replaceLastRemembered(String line) { clishHistory.set(clishHistory.size() - 1, line); }

    // --- the device's files, for the clish commands that browse or write them (view-files, generate-troubleshoot) ---

    private java.util.function.Supplier<io.fpsh.sim.expert.MapFileSystem> files;

    /** Where the device's files are: its services, started on first use (the device attaches them). */
    public void attachFiles(java.util.function.Supplier<io.fpsh.sim.expert.MapFileSystem> files) { this.files = files; }

    /** The device's files ({@link DeviceFiles}), the same the expert shell sees. */
    public io.fpsh.sim.expert.MapFileSystem files() {
        if (files == null) {
            throw new IllegalStateException("no files attached to this session");
        }
        return files.get();
    }

    /** True while a correct sudo password given at or after {@code now - 5 min} still counts, as sudo's ticket. */
    public synchronized boolean sudoTicketValid() {
        return sudoTicket != null && !state.clock().now().isAfter(sudoTicket.plusSeconds(300));
    }

    public synchronized void grantSudoTicket() { sudoTicket = state.clock().now(); }

    /** {@code sudo -k}/{@code -K}: the next sudo asks for the password again. */
    public synchronized void revokeSudoTicket() { sudoTicket = null; }

    /** sudo lectures once per session, before the first password prompt. */
    public boolean needsLecture() {
        boolean first = !sudoLectured;
        sudoLectured = true;
        return first;
    }

    public String prompt() {
        if (mode == Mode.CLISH) {
            return ModeGraph.prompt(Mode.CLISH).template();
        }
        return ModeGraph.prompt(mode).render(user(), state.hostname(), shownDirectory());
    }

    /** The directory as bash's \w shows it: the user's home as ~. */
    private String shownDirectory() {
        String home = mode == Mode.ROOT ? "/root" : "/home/" + state.loginUser();
        if (directory.equals(home)) {
            return "~";
        }
        return directory.startsWith(home + "/") ? "~" + directory.substring(home.length()) : directory;
    }
}

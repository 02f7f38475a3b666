package io.fpsh.shell;

import io.fpsh.shell.record.AsciicastRecorder;
import io.fpsh.shell.record.RecordedOutputStream;
import org.jline.terminal.Attributes;
import org.jline.terminal.Cursor;
import org.jline.terminal.MouseEvent;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.MouseSupport;
import org.jline.utils.ColorPalette;
import org.jline.utils.Curses;
import org.jline.utils.InfoCmp;
import org.jline.utils.NonBlockingReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

/**
 * The system terminal with everything JLine writes (prompts, echo, redraws, bells) also going to the recording.
 * JLine's terminals cannot be given another output stream, so this one passes every call to the real terminal
 * except writing: {@link #writer()} and {@link #output()} write through a {@link RecordedOutputStream}, and the
 * calls that write escape sequences (capabilities, mouse and focus tracking) use that writer.
 */
final class RecordedTerminal implements Terminal {
    private final Terminal real;
    private final OutputStream output;
    private final PrintWriter writer;
    private MouseTracking mouseTracking = MouseTracking.Off;

    RecordedTerminal(Terminal real, AsciicastRecorder recorder) {
        this.real = real;
        this.output = new RecordedOutputStream(real.output(), recorder, real.encoding());
        this.writer = new PrintWriter(new OutputStreamWriter(output, real.encoding()));
    }

    @Override public PrintWriter writer() { return writer; }

    @Override public OutputStream output() { return output; }

    @Override public void flush() { writer.flush(); }

    /** As JLine's own terminals do it, but through the recorded writer. */
    @Override
    public boolean puts(InfoCmp.Capability capability, Object... params) {
        String sequence = getStringCapability(capability);
        if (sequence == null) {
            return false;
        }
        Curses.tputs(writer, sequence, params);
        return true;
    }

    /** The escape sequences are written here, through the recorded writer, as JLine's own terminals do. */
    @Override
    public synchronized boolean trackMouse(MouseTracking tracking) {
        if (!MouseSupport.trackMouse(this, tracking)) {
            return false;
        }
        mouseTracking = tracking;
        return true;
    }

    @Override
    public synchronized MouseTracking getCurrentMouseTracking() {
        return mouseTracking;
    }

    @Override
    public boolean trackFocus(boolean tracking) {
        if (!hasFocusSupport()) {
            return false;
        }
        writer.write(tracking ? "\u001b[?1004h" : "\u001b[?1004l");
        writer.flush();
        return true;
    }

    @Override
    public void close() throws IOException {
        writer.flush();
        real.close();
    }

    // Everything else is the real terminal's.

    @Override public String getName() { return real.getName(); }

    @Override public SignalHandler handle(Signal signal, SignalHandler handler) { return real.handle(signal, handler); }

    @Override public void raise(Signal signal) { real.raise(signal); }

    @Override public NonBlockingReader reader() { return real.reader(); }

    @Override public Charset encoding() { return real.encoding(); }

    @Override public Charset inputEncoding() { return real.inputEncoding(); }

    @Override public Charset outputEncoding() { return real.outputEncoding(); }

    @Override public InputStream input() { return real.input(); }

    @Override public boolean canPauseResume() { return real.canPauseResume(); }

    @Override public void pause() { real.pause(); }

    @Override public void pause(boolean wait) throws InterruptedException { real.pause(wait); }

    @Override public void resume() { real.resume(); }

    @Override public boolean paused() { return real.paused(); }

    @Override public Attributes enterRawMode() { return real.enterRawMode(); }

    @Override public boolean echo() { return real.echo(); }

    @Override public boolean echo(boolean echo) { return real.echo(echo); }

    @Override public Attributes getAttributes() { return real.getAttributes(); }

    @Override public void setAttributes(Attributes attributes) { real.setAttributes(attributes); }

    @Override public Size getSize() { return real.getSize(); }

    @Override public void setSize(Size size) { real.setSize(size); }

    @Override public Size getBufferSize() { return real.getBufferSize(); }

    @Override public String getType() { return real.getType(); }

    @Override public boolean getBooleanCapability(InfoCmp.Capability capability) { return real.getBooleanCapability(capability); }

    @Override public Integer getNumericCapability(InfoCmp.Capability capability) { return real.getNumericCapability(capability); }

    @Override public String getStringCapability(InfoCmp.Capability capability) { return real.getStringCapability(capability); }

    @Override public Cursor getCursorPosition(IntConsumer discarded) { return real.getCursorPosition(discarded); }

    @Override public boolean hasMouseSupport() { return real.hasMouseSupport(); }


    @Override public MouseEvent readMouseEvent() { return real.readMouseEvent(); }

    @Override public MouseEvent readMouseEvent(IntSupplier reader) { return real.readMouseEvent(reader); }

    @Override public MouseEvent readMouseEvent(String prefix) { return real.readMouseEvent(prefix); }

    @Override public MouseEvent readMouseEvent(IntSupplier reader, String prefix) { return real.readMouseEvent(reader, prefix); }

    @Override public boolean hasFocusSupport() { return real.hasFocusSupport(); }


    @Override public ColorPalette getPalette() { return real.getPalette(); }

    @Override public int getDefaultForegroundColor() { return real.getDefaultForegroundColor(); }

    @Override public int getDefaultBackgroundColor() { return real.getDefaultBackgroundColor(); }
}

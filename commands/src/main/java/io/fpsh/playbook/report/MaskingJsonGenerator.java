package io.fpsh.playbook.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;

import java.io.IOException;

/**
 * A generator that passes every string value through {@link ReportSecrets}: the probe results' own writer
 * ({@code ProbeJson}) writes into it unchanged, and no text reaches the file unmasked whichever writer made it.
 */
final class MaskingJsonGenerator extends JsonGeneratorDelegate {
    private ReportSecrets secrets = ReportSecrets.none();

    MaskingJsonGenerator(JsonGenerator delegate) {
        super(delegate, false);
    }

    /** The secrets of the device whose part is written next. */
    void use(ReportSecrets deviceSecrets) {
        secrets = deviceSecrets;
    }

    @Override
    public void writeString(String text) throws IOException {
        super.writeString(secrets.clean(text));
    }

    @Override
    public void writeString(char[] text, int offset, int length) throws IOException {
        super.writeString(secrets.clean(new String(text, offset, length)));
    }
}

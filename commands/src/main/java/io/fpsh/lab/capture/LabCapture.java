package io.fpsh.lab.capture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fpsh.drive.DeviceDriver;
import io.fpsh.ftd.VersionInfo;
import io.fpsh.lab.LabException;
import io.fpsh.lab.LabFile;
import io.fpsh.lab.LabLoader;

import java.time.Duration;
import java.util.List;

/**
 * {@code fpsh lab capture}'s work on a device already open: read it ({@link DeviceReader}), write the lab over its
 * base ({@link CapturedLab}), anonymize it when asked ({@link LabAnonymizer}) and render the file
 * ({@link CapturedLabText}). What could not be read is in the file's header and in {@link Outcome#notRead()}.
 */
public final class LabCapture {
    private LabCapture() {}

    /** The file's text, the lab as written, and each probe that could not read its state (one line each). */
    public record Outcome(String text, JsonNode lab, List<String> notRead) {}

    /**
     * @param siteDns  DNS servers the engineer knows at the site besides the configured ones (asked, and written as
     *                 the lab's {@code site-dns})
     * @param deadline each probe's, as {@code fpsh probe --deadline}
     */
    public static Outcome capture(DeviceDriver driver, List<String> siteDns, boolean anonymize, Duration deadline) {
        DeviceReading reading = new DeviceReader(driver, deadline).read(siteDns);
        return write(reading, siteDns, anonymize);
    }

    /** The lab of a reading already made (what the unit tests give). */
    public static Outcome write(DeviceReading reading, List<String> siteDns, boolean anonymize) {
        String baseName = LabBase.forDevice(reading.record("show-version", VersionInfo.class));
        LabFile base = shipped(baseName);
        CapturedLab.Result capture = CapturedLab.of(reading, baseName, base, siteDns);
        JsonNode lab = capture.lab();
        if (anonymize) {
            lab = LabAnonymizer.anonymize(lab);
            if (lab instanceof ObjectNode named && lab.at("/device/hostname").isTextual()) {
                named.put("name", "captured-" + lab.at("/device/hostname").asText().replaceAll("[^A-Za-z0-9._-]", "-"));
            }
        }
        if (lab instanceof ObjectNode written) {
            BaseRemovals.add(written, base);
        }
        return new Outcome(CapturedLabText.render(lab, capture, reading, anonymize), lab, reading.notRead());
    }

    private static LabFile shipped(String name) {
        try {
            LabFile base = new LabLoader().loadShipped(name);
            if (base == null) {
                throw new IllegalStateException("no shipped lab " + name);
            }
            return base;
        } catch (LabException e) {
            throw new IllegalStateException("the shipped lab " + name + " does not load: " + e.getMessage(), e);
        }
    }
}

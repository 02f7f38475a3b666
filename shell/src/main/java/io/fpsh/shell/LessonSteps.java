package io.fpsh.shell;

import io.fpsh.device.Device;
import io.fpsh.teach.LessonTrail;

/**
 * The keys' part of a lesson's trail: {@code ?} and TAB are the line editor's, not the device's, so each front end
 * (JLine, piped, {@code -c}, {@code fpsh serve}) notes them here on the device's trail. A device that keeps none (not
 * a lab) ignores it.
 */
public final class LessonSteps {
    private LessonSteps() {}

    public static void walked(Device device, LessonTrail.Step step) {
        device.feature(LessonTrail.class).ifPresent(trail -> trail.walk(step));
    }
}

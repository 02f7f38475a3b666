package io.fpsh.shell;

import io.fpsh.device.Device;
import io.fpsh.device.TargetException;
import io.fpsh.device.Targets;

import java.lang.reflect.InvocationTargetException;

/** Opens a target spec ({@code lab:NAME|FILE}); replaceable so tests can run the shell against a fake device. */
@FunctionalInterface
public interface DeviceOpener {

    /**
     * Hidden test hook: when this system property names a class with a public constructor taking the target spec
     * (or none), every target opens as an instance of it. The subprocess and tmux tests use it to run the real
     * {@link Main} against a fake device until the lab simulator exists. Not documented to users.
     */
    String TEST_DEVICE_PROPERTY = "fpsh.testDevice";

    Device open(String spec) throws TargetException;

    /** {@link Targets#open}, unless the test hook is set. */
    static DeviceOpener standard() {
        String testDevice = System.getProperty(TEST_DEVICE_PROPERTY);
        if (testDevice == null || testDevice.isBlank()) {
            return Targets::open;
        }
        return spec -> instantiate(testDevice, spec);
    }

    private static Device instantiate(String className, String spec) throws TargetException {
        try {
            Class<?> type = Class.forName(className);
            try {
                return (Device) type.getConstructor(String.class).newInstance(spec);
            } catch (NoSuchMethodException noSpecConstructor) {
                return (Device) type.getConstructor().newInstance();
            }
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof TargetException targetProblem) {
                throw targetProblem;
            }
            throw new TargetException("test device " + className + " failed: " + e.getCause());
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new TargetException("test device " + className + " cannot be created: " + e);
        }
    }
}

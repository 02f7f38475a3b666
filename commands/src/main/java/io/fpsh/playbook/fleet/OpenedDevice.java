package io.fpsh.playbook.fleet;

import io.fpsh.device.Device;
import io.fpsh.drive.Credentials;

/** A fleet member once connected: the device and the passwords its mode changes (sudo) are answered with. */
public record OpenedDevice(Device device, Credentials credentials) {}

package io.fpsh.probe;

import java.time.Instant;

/** A file's last modification time on the device: when what it holds was last written. */
public record FileTime(String path, Instant modified) {}

package io.fpsh.sim.clish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** A gzip'd POSIX (ustar) tar of regular files, the form of the box's troubleshoot archive; names under 100 bytes. */
final class TarGz {
    private static final int BLOCK = 512;

    private TarGz() {}

    static byte[] of(Map<String, byte[]> files, Instant modified) {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            tar.writeBytes(header(file.getKey(), file.getValue().length, modified.getEpochSecond()));
            tar.writeBytes(file.getValue());
            tar.writeBytes(new byte[(BLOCK - file.getValue().length % BLOCK) % BLOCK]);
        }
        tar.writeBytes(new byte[2 * BLOCK]); // the end: two empty blocks
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(tar.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return gz.toByteArray();
    }

    private static byte[] header(String name, long size, long mtime) {
        byte[] name8 = name.getBytes(StandardCharsets.UTF_8);
        if (name8.length >= 100) {
            throw new IllegalArgumentException("tar name too long: " + name);
        }
        byte[] h = new byte[BLOCK];
        put(h, 0, name8);
        put(h, 100, octal(0644, 8));
        put(h, 108, octal(0, 8));
        put(h, 116, octal(0, 8));
        put(h, 124, octal(size, 12));
        put(h, 136, octal(mtime, 12));
        put(h, 148, "        ".getBytes(StandardCharsets.US_ASCII)); // the checksum counts its own field as blanks
        h[156] = '0';
        put(h, 257, "ustar\0".getBytes(StandardCharsets.US_ASCII));
        put(h, 263, "00".getBytes(StandardCharsets.US_ASCII));
        put(h, 265, "root".getBytes(StandardCharsets.US_ASCII));
        put(h, 297, "root".getBytes(StandardCharsets.US_ASCII));
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        put(h, 148, String.format("%06o\0 ", sum).getBytes(StandardCharsets.US_ASCII));
        return h;
    }

    /** A zero-padded octal number filling {@code width - 1} digits and a NUL. */
    private static byte[] octal(long value, int width) {
        return (String.format("%0" + (width - 1) + "o", value) + "\0").getBytes(StandardCharsets.US_ASCII);
    }

    private static void put(byte[] header, int at, byte[] bytes) {
        System.arraycopy(bytes, 0, header, at, bytes.length);
    }
}

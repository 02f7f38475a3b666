package io.fpsh.shell;

import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MaskingHistoryTest {

    @Test
    void aProxyPasswordTypedOnALineNeverReachesTheHistoryFile(@TempDir Path home) throws Exception {
        Path file = home.resolve("history");
        try (Terminal terminal = TerminalBuilder.builder().dumb(true)
                .streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream()).build()) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal)
                    .variable(LineReader.HISTORY_FILE, file).build();
            MaskingHistory history = new MaskingHistory();
            history.attach(reader);
            history.add(":probe curl https://api-sse.cisco.com http://proxyuser:Pr0xy2020@192.0.2.50:3128");
            history.add("curl -U proxyuser:Pr0xy2020 -x 192.0.2.50:3128 https://api-sse.cisco.com");
            history.save();
            String saved = Files.readString(file);
            assertFalse(saved.contains("Pr0xy2020"), saved);
            assertTrue(saved.contains("http://proxyuser:****@192.0.2.50:3128"), saved);
            assertFalse(history.get(history.last()).contains("Pr0xy2020"));
        }
    }
}

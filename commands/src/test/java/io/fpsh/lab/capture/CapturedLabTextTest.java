package io.fpsh.lab.capture;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fpsh.lab.LabCache;
import io.fpsh.lab.LabFile;
import io.fpsh.lab.LabLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A captured string is written so the lab reads it back verbatim, though a lab's text may hold {@code ${name}}. */
class CapturedLabTextTest {
    @Test
    void aLogLineHoldingDollarBraceLoadsBackAsItWasRead(@TempDir Path dir) throws Exception {
        List<String> read = List.of("level=info msg=\"expanding ${HOME}\"", "a literal $${x} and a bare $ sign",
                "an unclosed ${ brace");
        ObjectNode lab = JsonNodeFactory.instance.objectNode();
        lab.put("base", "ftd01-healthy");
        lab.put("name", "captured");
        lab.putObject("logs").set("connector", LabTree.strings(read));
        Path file = dir.resolve("captured.yaml");
        Files.writeString(file, CapturedLabText.yaml(lab));

        LabFile loaded = new LabLoader(new LabCache(dir.resolve("cache"))).load(file);

        assertEquals(read, loaded.logs().connector(), Files.readString(file));
        assertEquals("${HOME}", lab.at("/logs/connector/0").asText().substring(26, 33), "the tree itself is untouched");
    }
}

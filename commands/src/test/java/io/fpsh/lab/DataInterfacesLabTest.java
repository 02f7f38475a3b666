package io.fpsh.lab;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lab's {@code interfaces} section (issue 11 §1): the healthy base's two, merged by {@code nameif} in a lab
 * built on it, and each mistake one line naming the field.
 */
class DataInterfacesLabTest {
    private static final String OUTSIDE = "securityLevel: 0, link: up, gateway: 10.10.10.1}";

    @TempDir
    Path dir;

    @Test
    void theHealthyBaseHasOutsideAndInsideAndALabChangesOneByItsNameif() throws Exception {
        LabFile healthy = new LabLoader().load(io.fpsh.sim.FastLab.shippedLab("ftd01-healthy"));
        assertEquals(java.util.List.of(
                new LabFile.DataInterface("GigabitEthernet0/0", "outside", "10.10.10.2", "255.255.255.0", 0, "up", "10.10.10.1"),
                new LabFile.DataInterface("GigabitEthernet0/1", "inside", "10.20.20.1", "255.255.255.0", 100, "up", null)),
                healthy.dataInterfaces());
        Path lab = dir.resolve("down.yaml");
        Files.writeString(lab, "base: ftd01-healthy\nname: down\ndescription: outside down\n"
                + "interfaces:\n  - {nameif: outside, link: down}\n");
        LabFile down = new LabLoader().load(lab);
        assertEquals(2, down.dataInterfaces().size());
        assertEquals("10.10.10.2", down.dataInterfaces().get(0).address());
        assertTrue(!down.dataInterfaces().get(0).isUp() && down.dataInterfaces().get(1).isUp());
    }

    @Test
    void eachMistakeIsOneLineNamingTheField() throws Exception {
        assertTrue(BrokenLab.errorWith(dir, "ftd01-healthy", "link: up, gateway", "link: sideways, gateway")
                .endsWith("field 'interfaces.link': must be up or down (got 'sideways')"));
        assertTrue(BrokenLab.errorWith(dir, "ftd01-healthy", "securityLevel: 100", "securityLevel: 101")
                .endsWith("field 'interfaces.securityLevel': must be 0..100 (got 101)"));
        assertTrue(BrokenLab.errorWith(dir, "ftd01-healthy", "securityLevel: 100, link: up}", "securityLevel: 100, link: up, gateway: 10.20.20.254}")
                .endsWith("field 'interfaces.gateway': only one interface carries the data default route (got 2)"));
        String address = BrokenLab.errorWith(dir, "ftd01-healthy", "address: 10.20.20.1,", "address: 10.20.20,");
        assertTrue(address.endsWith("field 'interfaces.address': not an IPv4 address: '10.20.20'"), address);
        String unknown = BrokenLab.errorWith(dir, "ftd01-healthy", OUTSIDE, OUTSIDE.replace("}", ", speed: 10}"));
        assertTrue(unknown.contains("unknown field"), unknown);
    }
}

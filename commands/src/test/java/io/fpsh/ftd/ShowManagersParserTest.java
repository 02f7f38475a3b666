package io.fpsh.ftd;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ShowManagersParserTest {
    private static final ManagerInfo COMPLETED_74 = new ManagerInfo("Manager", "192.168.0.40", "192.168.0.40", "7.4.2 (Build 172)",
            "f7dc6cd2-633c-11f0-a89d-df27a2da9458", "Completed", "Configuration and analytics");

    @Test
    void reads6xTypeHostRegistration() {
        assertEquals(List.of(ManagerInfo.manager("150.1.41.254", "Completed")),
                ShowManagersParser.parse(Fixtures.read("show-managers-6.x.txt")));
    }

    @Test
    void reads74PendingWithDisplayNameAndIdentifier() {
        assertEquals(List.of(new ManagerInfo("Manager", "192.168.0.40", "192.168.0.40", null, "192.168.0.40", "Pending", null)),
                ShowManagersParser.parse(Fixtures.read("show-managers-7.4.2-pending.txt")));
    }

    @Test
    void reads74CompletedWithEveryField() {
        assertEquals(List.of(COMPLETED_74), ShowManagersParser.parse(Fixtures.read("show-managers-7.4.2-completed.txt")));
    }

    /** A cdFMC while it onboards the device: a host name, and D1's "In progress" registration state, both read back. */
    @Test
    void readsACdfmcInProgressAndRendersItBack() {
        ManagerInfo cdfmc = new ManagerInfo("Manager", "acme-secops.app.us.cdo.cisco.com", "acme-secops.app.us.cdo.cisco.com",
                null, "acme-secops.app.us.cdo.cisco.com", "In progress", null);
        String text = ShowManagersRenderer.render(List.of(cdfmc));
        assertEquals("Registration              : In progress\n", text.lines().skip(4).findFirst().orElseThrow() + "\n");
        assertEquals(List.of(cdfmc), ShowManagersParser.parse(text.replace("\n", "\r\n")));
    }

    @Test
    void managedLocallyIsTheLocalManager() {
        assertEquals(List.of(ManagerInfo.managedLocally()),
                ShowManagersParser.parse(Fixtures.read("show-managers-managed-locally.txt").replace("\n", "\r\n")));
    }

    @Test
    void noManagersIsAnEmptyList() {
        assertEquals(List.of(), ShowManagersParser.parse("> show managers\nNo managers configured.\n> "));
    }

    @Test
    void toleratesTheThaiLabsOddPaddingOfRegistration() {
        assertEquals(List.of(ManagerInfo.manager("150.1.41.254", "Pending")), ShowManagersParser.parse("""
                Type                      : Manager
                Host                      : 150.1.41.254
                Registration               : Pending
                """));
    }

    @Test
    void twoManagersAreTwoEntriesAndRoundTrip() {
        List<ManagerInfo> two = List.of(ManagerInfo.manager("192.0.2.5", "Completed"), COMPLETED_74);
        String text = ShowManagersRenderer.render(two);
        assertEquals(two, ShowManagersParser.parse(text));
    }

    @Test
    void rendererReproducesThe6xAnd74SamplesByteForByte() {
        for (String fixture : List.of("show-managers-6.x.txt", "show-managers-7.4.2-pending.txt", "show-managers-7.4.2-completed.txt",
                "show-managers-managed-locally.txt")) {
            String sample = Fixtures.read(fixture);
            assertEquals(Fixtures.withoutEchoAndPrompt(sample), ShowManagersRenderer.render(ShowManagersParser.parse(sample)), fixture);
        }
        assertEquals("No managers configured.\n", ShowManagersRenderer.render(List.of()));
    }

    @Test
    void otherTextIsRejectedNamingWhatIsMissing() {
        assertEquals("show managers: no 'Type' and 'Host' lines, 'Managed locally.' or 'No managers' (found a '[ fdm65 ]' header)",
                assertThrows(FtdParseException.class,
                        () -> ShowManagersParser.parse(Fixtures.read("show-version-6.5.0-ftdv.txt"))).getMessage());
        assertEquals("show managers: no 'Type' and 'Host' lines, 'Managed locally.' or 'No managers'",
                assertThrows(FtdParseException.class, () -> ShowManagersParser.parse("% Invalid command\n")).getMessage());
        assertEquals("show managers: no 'Type' line before 'Registration'",
                assertThrows(FtdParseException.class, () -> ShowManagersParser.parse("Registration: Completed.\n")).getMessage());
        assertEquals("show managers: no 'Host' line for the manager of type 'Manager'",
                assertThrows(FtdParseException.class, () -> ShowManagersParser.parse("Type                      : Manager\n")).getMessage());
    }
}

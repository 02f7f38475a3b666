package io.fpsh.sim.world;

import io.fpsh.drive.CapturingIo;
import io.fpsh.lab.LabFile;
import io.fpsh.sim.DeviceState;
import io.fpsh.sim.LabClock;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import io.fpsh.world.FmcCloudServices;
import io.fpsh.world.SseDevices;
import io.fpsh.world.SseEvents;
import io.fpsh.world.StandIns;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The world around a lab's device (issue 12 §3) as one model with it: events reach SSE only while the FMC's toggles
 * are on, the Smart Account is linked and the connector is registered with its websocket up; the FMC's deployment
 * changes the device (connector.properties, pmtool); {@code :lab reset} puts the world back with the device.
 */
class LabWorldTest {
    private static final Duration PERIOD = SseEventFlow.PERIOD;

    /** A healthy device on a clock that moves only when the test says. */
    private static SimulatedFtd healthy(LabClock[] clock) throws Exception {
        LabFile lab = LabDevices.read("ftd01-healthy");
        clock[0] = new LabClock(lab.clock().start(), true);
        return new SimulatedFtd(lab, clock[0]);
    }

    private static StandIns.Result stand(SimulatedFtd ftd, String command, String argument) {
        return ftd.feature(StandIns.class).orElseThrow().run(command, argument);
    }

    private static String run(SimulatedFtd ftd, String line, String... answers) {
        CapturingIo io = CapturingIo.answering(answers);
        ftd.run(line, io);
        return io.text();
    }

    private static List<SseEvents.Event> events(SimulatedFtd ftd) {
        return WorldViews.sseEvents(ftd.state()).events();
    }

    /** The events that arrive while {@code clock} moves on by {@code periods} event periods. */
    private static int arrivingOver(SimulatedFtd ftd, LabClock clock, int periods) {
        Instant from = clock.now();
        clock.advance(PERIOD.multipliedBy(periods));
        return (int) events(ftd).stream().filter(e -> e.time().isAfter(from)).count();
    }

    @Test
    void aHealthyLabsEventsArriveWithLabTimeAndItsDeviceIsRegistered() throws Exception {
        LabClock[] clock = new LabClock[1];
        try (SimulatedFtd ftd = healthy(clock)) {
            List<SseEvents.Event> before = events(ftd);
            assertFalse(before.isEmpty(), "the lab's history holds events already");
            assertTrue(before.stream().allMatch(e -> !e.time().isAfter(clock[0].now()) && e.device().equals("ftd01")));
            assertEquals(List.of("intrusion", "file-malware", "connection"),
                    before.subList(0, 3).stream().map(SseEvents.Event::type).toList(), "the FMC's selection in turn");
            assertEquals(3, arrivingOver(ftd, clock[0], 3), "one event per period of lab time");
            SseDevices devices = WorldViews.sseDevices(ftd.state());
            assertEquals("example-sa", devices.smartAccount());
            assertEquals(List.of(new SseDevices.Device("ftd01", "9d4b06f4-f4d2-11e9-8c86-eb98e807d9d8", "6.5.0",
                    "Registered")), devices.devices());
        }
    }

    @Test
    void theFmcsEventToggleStopsTheEventsOnlyOnceDeployed() throws Exception {
        LabClock[] clock = new LabClock[1];
        try (SimulatedFtd ftd = healthy(clock)) {
            assertEquals(0, stand(ftd, ":fmc", "cloud-services set events off").status());
            FmcCloudServices saved = WorldViews.fmc(ftd.state());
            assertFalse(saved.events());
            assertEquals(List.of("events: on -> off"), saved.pending());
            assertEquals(2, arrivingOver(ftd, clock[0], 2), "saved, not deployed: the device still sends");
            assertEquals(0, stand(ftd, ":fmc", "deploy").status());
            assertEquals(List.of(), WorldViews.fmc(ftd.state()).pending());
            assertEquals(0, arrivingOver(ftd, clock[0], 3), "deployed: nothing more reaches SSE");
            assertEquals("Registered", WorldViews.sseDevices(ftd.state()).devices().get(0).status(),
                    "the device stays registered: only its events stop");
            stand(ftd, ":fmc", "cloud-services set events on");
            stand(ftd, ":fmc", "deploy");
            assertEquals(clock[0].now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                    events(ftd).get(events(ftd).size() - 1).time(), "the first event comes as the flow starts");
            assertEquals(2, arrivingOver(ftd, clock[0], 2));
        }
    }

    @Test
    void anUnlinkedPortalShowsNoDeviceAndGetsNoEventUntilLinked() throws Exception {
        LabFile lab = LabDevices.read("ftd01-sse-not-linked");
        LabClock clock = new LabClock(lab.clock().start(), true);
        try (SimulatedFtd ftd = new SimulatedFtd(lab, clock)) {
            assertEquals(new SseDevices("US", null, List.of()), WorldViews.sseDevices(ftd.state()));
            assertEquals(List.of(), events(ftd));
            assertEquals(0, arrivingOver(ftd, clock, 2));
            StandIns.Result wrong = stand(ftd, ":sse", "link-smart-account other-sa");
            assertEquals(1, wrong.status());
            assertEquals("fpsh: no Smart Account 'other-sa' for netadmin@example.com (theirs: example-sa)\n", wrong.err());
            assertEquals(0, stand(ftd, ":sse", "link-smart-account example-sa").status());
            assertEquals("Registered", WorldViews.sseDevices(ftd.state()).devices().get(0).status());
            assertEquals(1, events(ftd).size(), "the first event at once");
            assertEquals(2, arrivingOver(ftd, clock, 2));
        }
    }

    @Test
    void unlinkingTheSmartAccountTakesTheDeviceOffThePortalAndStopsItsEvents() throws Exception {
        LabClock[] clock = new LabClock[1];
        try (SimulatedFtd ftd = healthy(clock)) {
            assertEquals(2, arrivingOver(ftd, clock[0], 2), "a healthy device's events arrive");
            int arrived = events(ftd).size();
            StandIns.Result unlinked = stand(ftd, ":sse", "unlink-smart-account");
            assertEquals(0, unlinked.status(), unlinked.err());
            assertEquals("Smart Account example-sa unlinked: its devices leave SSE and their events stop.\n", unlinked.out());
            assertEquals(new SseDevices("US", null, List.of()), WorldViews.sseDevices(ftd.state()));
            assertEquals(arrived, events(ftd).size(), "the events that had arrived stay");
            assertEquals(0, arrivingOver(ftd, clock[0], 3), "no event reaches SSE once unlinked");
            StandIns.Result again = stand(ftd, ":sse", "unlink-smart-account");
            assertEquals(1, again.status());
            assertEquals("fpsh: no Smart Account is linked to SSE\n", again.err());
            assertEquals(0, stand(ftd, ":sse", "link-smart-account example-sa").status());
            assertEquals("Registered", WorldViews.sseDevices(ftd.state()).devices().get(0).status());
            assertEquals(2, arrivingOver(ftd, clock[0], 2), "linked again, events arrive again");
        }
    }

    @Test
    void aRoleThatMayNotLinkIsRefused() throws Exception {
        LabFile base = LabDevices.read("ftd01-sse-not-linked");
        LabFile lab = new LabFile(base.name(), base.description(), base.clock(), base.device(), base.management(),
                base.dns(), base.proxy(), base.managers(), base.connector(), base.processes(), base.network(),
                base.plants(), base.site(), base.hangs(), base.ntp(), base.teaching(), base.variables(), base.seed(), base.fmc(), base.sse(),
                new LabFile.SmartAccount(null, null, null, "viewer@example.com", "Virtual Account User"));
        try (SimulatedFtd ftd = new SimulatedFtd(lab, new LabClock(lab.clock().start(), true))) {
            StandIns.Result refused = stand(ftd, ":sse", "link-smart-account example-sa");
            assertEquals(1, refused.status());
            assertEquals("fpsh: viewer@example.com is Virtual Account User in example-sa: only a Smart Account or Virtual"
                    + " Account Administrator may link it\n", refused.err());
            assertFalse(WorldViews.sseDevices(ftd.state()).linked());
        }
    }

    @Test
    void noWebsocketNoEventsThoughTheWorldIsOn() throws Exception {
        LabClock[] clock = new LabClock[1];
        try (SimulatedFtd ftd = healthy(clock)) {
            // the dead DNS server, then a restart: the connector can no longer resolve eventing-ingest
            run(ftd, "configure network dns servers 192.0.2.10");
            run(ftd, "expert");
            run(ftd, "sudo su -", "Admin123");
            run(ftd, "pmtool restartbyid SSEConnector");
            assertFalse(new SseEventFlow(ftd.state(), new io.fpsh.sim.connector.ConnectorActivity(ftd.state(),
                    new io.fpsh.sim.connector.Reachability(ftd.state().lab()))).flowsNow());
            assertEquals(0, arrivingOver(ftd, clock[0], 3));
            assertEquals("Disconnected", WorldViews.sseDevices(ftd.state()).devices().get(0).status());
        }
    }

    @Test
    void aDeploymentWritesTheRegionIntoConnectorPropertiesAndRestartsTheConnector() throws Exception {
        LabFile lab = LabDevices.read("ftd01-wrong-region");
        LabClock clock = new LabClock(lab.clock().start(), true);
        try (SimulatedFtd ftd = new SimulatedFtd(lab, clock)) {
            DeviceState state = ftd.state();
            run(ftd, "expert");
            run(ftd, "sudo su -", "Admin123");
            assertTrue(run(ftd, "cat /ngfw/etc/sf/connector.properties").contains("connector_fqdn=api.eu.sse.itd.cisco.com"));
            assertTrue(run(ftd, "grep -c '401 Unauthorized' /ngfw/var/log/connector/connector.log").strip().matches("[1-9][0-9]*"));
            assertEquals(List.of(), WorldViews.sseDevices(state).devices(), "the US tenant never saw the device");
            int pid = state.current(state.daemons().stream().filter(p -> p.name().equals("SSEConnector")).findFirst()
                    .orElseThrow()).pid();
            stand(ftd, ":fmc", "cloud-services set region US");
            assertTrue(run(ftd, "cat /ngfw/etc/sf/connector.properties").contains("api.eu.sse"), "saved only");
            StandIns.Result deployed = stand(ftd, ":fmc", "deploy");
            assertEquals("Deploying to ftd01: Cloud Services (region US, integration on, events on)\n"
                    + "Deployment to ftd01 succeeded.\n", deployed.out());
            assertTrue(run(ftd, "cat /ngfw/etc/sf/connector.properties").contains("connector_fqdn=api-sse.cisco.com"));
            assertEquals(1, state.restartsOf("SSEConnector").size(), "restarted");
            int restarted = state.current(state.daemons().stream().filter(p -> p.name().equals("SSEConnector"))
                    .findFirst().orElseThrow()).pid();
            assertTrue(restarted != pid && run(ftd, "pmtool status | grep SSEConnector").contains("Running " + restarted));
            assertTrue(run(ftd, "lsof -i -n -P | grep connector").contains("198.51.100.246:443 (ESTABLISHED)"),
                    "the websocket to the US eventing host");
            clock.advance(Duration.ofSeconds(2)); // the log's lines come a fraction of a second after the dial
            assertTrue(run(ftd, "tail -5 /ngfw/var/log/connector/connector.log").contains("Registration successful"));
            assertEquals("Registered", WorldViews.sseDevices(state).devices().get(0).status());
            assertEquals("Nothing to deploy: ftd01 is up to date.\n", stand(ftd, ":fmc", "deploy").out());
        }
    }

    @Test
    void turningTheIntegrationOffStopsTheConnectorAndOnStartsIt() throws Exception {
        LabClock[] clock = new LabClock[1];
        try (SimulatedFtd ftd = healthy(clock)) {
            stand(ftd, ":fmc", "cloud-services set integration off");
            assertTrue(ftd.state().isRunning("SSEConnector"), "saved only");
            stand(ftd, ":fmc", "deploy");
            assertFalse(ftd.state().isRunning("SSEConnector"));
            run(ftd, "expert");
            run(ftd, "sudo su -", "Admin123");
            assertTrue(run(ftd, "pmtool status | grep SSEConnector").contains("Disabled"));
            assertEquals(0, arrivingOver(ftd, clock[0], 2));
            stand(ftd, ":fmc", "cloud-services set integration on");
            stand(ftd, ":fmc", "deploy");
            assertTrue(run(ftd, "pmtool status | grep SSEConnector").contains("Running"));
            assertEquals(clock[0].now(), events(ftd).get(events(ftd).size() - 1).time(),
                    "the first event as the connector comes back");
            assertEquals(2, arrivingOver(ftd, clock[0], 2));
        }
    }

    @Test
    void resetPutsTheWorldBackWithTheDevice() throws Exception {
        LabFile lab = LabDevices.read("ftd01-wrong-region");
        LabClock clock = new LabClock(lab.clock().start(), true);
        try (SimulatedFtd fresh = new SimulatedFtd(lab, new LabClock(lab.clock().start(), true));
             SimulatedFtd ftd = new SimulatedFtd(lab, clock)) {
            stand(ftd, ":fmc", "cloud-services set region US");
            stand(ftd, ":fmc", "deploy");
            stand(ftd, ":fmc", "cloud-services set event-types intrusion");
            stand(ftd, ":sse", "cloud-services set eventing off");
            clock.advance(Duration.ofMinutes(7));
            ftd.resetToPlanted();
            for (String probe : List.of("fmc-cloud-services", "sse-devices", "sse-events", "sse-cloud-services",
                    "smart-account", "connector-properties")) {
                assertEquals(fresh.model().answer(probe, List.of()), ftd.model().answer(probe, List.of()), probe);
            }
        }
    }

    @Test
    void badSettingsAreOneLineUsageErrors() throws Exception {
        LabClock[] clock = new LabClock[1];
        try (SimulatedFtd ftd = healthy(clock)) {
            assertEquals(new StandIns.Result(2, "", "fpsh: :fmc cloud-services set region: US, EU or APJ (got 'MARS')\n"),
                    stand(ftd, ":fmc", "cloud-services set region MARS"));
            assertEquals(new StandIns.Result(2, "", "fpsh: :fmc cloud-services set: no setting 'colour' (region,"
                    + " integration, events, event-types)\n"), stand(ftd, ":fmc", "cloud-services set colour red"));
            assertEquals(2, stand(ftd, ":fmc", "cloud-services set event-types intrusion,spam").status());
            assertEquals(2, stand(ftd, ":sse", "cloud-services set eventing maybe").status());
            StandIns.Result usage = stand(ftd, ":sse", "nonsense");
            assertEquals(2, usage.status());
            assertTrue(usage.err().startsWith("fpsh: usage: :sse devices | :sse events |") && usage.err().lines().count() == 1,
                    usage.err());
            assertEquals(List.of(), WorldViews.fmc(ftd.state()).pending(), "nothing saved by a bad line");
        }
    }
}

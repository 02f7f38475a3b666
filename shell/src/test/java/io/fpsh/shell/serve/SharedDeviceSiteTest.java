package io.fpsh.shell.serve;

import io.fpsh.device.Device;
import io.fpsh.target.Targets;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A lab's site params reach a playbook through any target that opens the lab, a served session's view included. */
class SharedDeviceSiteTest {

    @Test
    void aServedSessionOfALabKnowsTheLabsSite() throws Exception {
        try (Device lab = Targets.open("lab:ftd01-proxy")) {
            Map<String, String> site = Map.of("site-dns", "192.0.2.11", "site-proxy", "http://proxyuser:Pr0xy2020@192.0.2.50:3128");
            assertEquals(site, lab.siteParams());
            assertEquals(site, new SharedDevice(lab, new ReentrantLock(true)).siteParams());
        }
        try (Device local = Targets.open("local")) {
            assertEquals(Map.of(), local.siteParams(), "a target that does not know its site");
        }
    }
}

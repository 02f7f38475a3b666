package io.fpsh.teach;

import io.fpsh.device.Mode;
import io.fpsh.drive.CapturingIo;
import io.fpsh.lab.LabFile;
import io.fpsh.sim.LabClock;
import io.fpsh.sim.run.LabDevices;
import io.fpsh.sim.run.SimulatedFtd;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The objectives read from the lesson's trail, on the shipped labs: a tutorial's steps are met by what the device
 * did (a mode entered, a keyword expanded, an SSE answer to its curl), not by the text typed; a diagnosis by an
 * answer that names the cause; both are cleared by a reset.
 */
class TrailObjectivesTest {

    private static SimulatedFtd open(String lab) throws Exception {
        LabFile file = LabDevices.read(lab);
        return new SimulatedFtd(file, new LabClock(file.clock().start(), false));
    }

    private static boolean met(SimulatedFtd ftd, LessonTrail.Step step) {
        return new Objective.Walked(step).metOn(ftd.model());
    }

    private static int run(SimulatedFtd ftd, String line, String... answers) {
        return ftd.run(line, CapturingIo.answering(answers));
    }

    @Test
    void modesAreStepsWhenEnteredNotWhenTheirCommandFails() throws Exception {
        try (SimulatedFtd ftd = open("ftd01-tutorial")) {
            for (LessonTrail.Step step : LessonTrail.Step.values()) {
                assertFalse(met(ftd, step), step + " as planted");
            }
            run(ftd, "expert");
            assertTrue(met(ftd, LessonTrail.Step.EXPERT));
            run(ftd, "sudo su -", "wrong-password");
            assertEquals(Mode.EXPERT, ftd.mode());
            assertFalse(met(ftd, LessonTrail.Step.ROOT), "sudo su - with a wrong password makes no root");
            run(ftd, "sudo su -", "Admin123");
            assertTrue(met(ftd, LessonTrail.Step.ROOT));
            run(ftd, "exit");
            assertFalse(met(ftd, LessonTrail.Step.CLISH_AGAIN), "root's exit leaves expert's bash, not the Linux shell");
            run(ftd, "exit");
            assertEquals(Mode.CLISH, ftd.mode());
            assertTrue(met(ftd, LessonTrail.Step.CLISH_AGAIN));
        }
    }

    @Test
    void anAbbreviationIsAKeywordExpandedNotAWholeWordOrAnAmbiguousOne() throws Exception {
        try (SimulatedFtd ftd = open("ftd01-tutorial")) {
            run(ftd, "show version");
            assertFalse(met(ftd, LessonTrail.Step.ABBREVIATION), "every word typed whole");
            assertEquals(1, run(ftd, "sh net"), "ambiguous on 6.5: network, network-dhcp-server, ...");
            assertFalse(met(ftd, LessonTrail.Step.ABBREVIATION), "an ambiguous word expands to nothing");
            run(ftd, "show ver");
            assertTrue(met(ftd, LessonTrail.Step.ABBREVIATION));
        }
    }

    @Test
    void curlSseIsAnHttpAnswerFromAnSseHostWhateverTheOptions() throws Exception {
        try (SimulatedFtd ftd = open("ftd01-tutorial")) {
            run(ftd, "expert");
            run(ftd, "curl -s -m 2 https://192.0.2.99/");
            assertFalse(met(ftd, LessonTrail.Step.CURL_SSE), "no answer");
            run(ftd, "curl -s -k https://est.sco.cisco.com/");
            assertTrue(met(ftd, LessonTrail.Step.CURL_SSE), "403 from an SSE host, no -v needed");
        }
        try (SimulatedFtd ftd = open("ftd01-dns")) {
            run(ftd, "expert");
            run(ftd, "curl -v -k https://api-sse.cisco.com");
            assertFalse(met(ftd, LessonTrail.Step.CURL_SSE), "the same line on the dead DNS server: exit 6, no answer");
        }
    }

    @Test
    void theTrailIsTheDevicesSoEverySessionAddsToItAndAResetClearsIt() throws Exception {
        try (SimulatedFtd ftd = open("ftd01-tutorial"); SimulatedFtd second = ftd.openSession()) {
            run(second, "expert");
            assertTrue(met(ftd, LessonTrail.Step.EXPERT), "another login on the same device");
            ftd.feature(LessonTrail.class).orElseThrow().answer("anything");
            ftd.resetToPlanted();
            assertFalse(met(ftd, LessonTrail.Step.EXPERT));
            assertEquals(List.of(), ftd.state().lessonTrail().progress().answers());
        }
    }

    @Test
    void aDiagnosisIsMetByAnAnswerNamingTheCauseAndNotByAnother() throws Exception {
        try (SimulatedFtd ftd = open("ftd01-cert-expired")) {
            Lesson lesson = Lesson.of(ftd.lab()).orElseThrow();
            Objective diagnosis = lesson.objectives().get(0);
            assertTrue(diagnosis instanceof Objective.Diagnosis, lesson.objectives().toString());
            LessonTrail trail = ftd.feature(LessonTrail.class).orElseThrow();
            assertFalse(diagnosis.metOn(ftd.model()), "nothing answered");
            trail.answer("the DNS server is dead");
            assertFalse(diagnosis.metOn(ftd.model()), "a wrong cause");
            trail.answer("The server's certificate has EXPIRED.");
            assertTrue(diagnosis.metOn(ftd.model()), "case, punctuation and words between aside");
            assertEquals(2, trail.progress().answers().size(), "each attempt counted");
        }
        try (SimulatedFtd ftd = open("ftd01-servfail")) {
            Objective diagnosis = Lesson.of(ftd.lab()).orElseThrow().objectives().get(0);
            ftd.feature(LessonTrail.class).orElseThrow().answer("dns-servfail");
            assertTrue(diagnosis.metOn(ftd.model()), "the finding id planted is accepted");
        }
    }

    @Test
    void causesMatchAsWordsInOrderAndAListOfEveryCauseDoesNot() {
        List<String> accepted = List.of("not yet valid", "CERT-NOT-YET-VALID");
        assertTrue(CauseAnswer.matches("the certificate is not yet valid", accepted));
        assertTrue(CauseAnswer.matches("cert-not-yet-valid", accepted));
        assertFalse(CauseAnswer.matches("the certificate is valid, not yet", accepted), "words out of order");
        assertFalse(CauseAnswer.matches("cert-not-yet", accepted), "a part of an id");
        assertFalse(CauseAnswer.matches("", accepted));
        assertFalse(CauseAnswer.matches("expired slow dns nxdomain servfail silent hangs up plain http redirect loop"
                + " not yet valid", accepted), "more than " + CauseAnswer.MAX_WORDS + " words");
    }
}

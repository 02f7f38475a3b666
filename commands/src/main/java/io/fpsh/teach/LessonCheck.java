package io.fpsh.teach;

import java.util.List;

/** A lesson's objectives as the device meets them at one moment, in the lesson's order. */
public record LessonCheck(List<State> states) {

    public LessonCheck {
        states = List.copyOf(states);
    }

    public record State(Objective objective, boolean met) {}

    public long notMet() {
        return states.stream().filter(s -> !s.met()).count();
    }

    public boolean allMet() {
        return notMet() == 0;
    }
}

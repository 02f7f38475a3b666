package io.fpsh.playbook;

/** A step's body threw: where in the playbook ({@code FILE:LINE}, may be null) and the one-line description. */
final class StepBroke extends RuntimeException {
    private final String location;

    StepBroke(String location, String description) {
        super(description, null, false, false);
        this.location = location;
    }

    String location() {
        return location;
    }
}

package io.fpsh.sim;

import io.fpsh.probe.ModelAnswers;
import io.fpsh.sim.connector.CurlProbeModel;
import io.fpsh.sim.connector.NslookupModel;

import java.util.List;
import java.util.Optional;

/** A lab's answers to the probes, straight from its {@link DeviceState}: what its renderers print, as records. */
final class LabModelAnswers implements ModelAnswers {
    private final DeviceState state;

    LabModelAnswers(DeviceState state) {
        this.state = state;
    }

    @Override
    public Optional<Record> answer(String probe, List<String> args) {
        return Optional.ofNullable(switch (probe) {
            case "show-network" -> StateViews.network(state);
            case "curl" -> args.isEmpty() ? null
                    : new CurlProbeModel(state).check(args.get(0), args.size() > 1 ? args.get(1) : null).orElse(null);
            case "nslookup" -> args.isEmpty() ? null
                    : new NslookupModel(state).lookup(args.get(0), args.size() > 1 ? args.get(1) : null).orElse(null);
            // each probe with a model answer adds one case here
            default -> null;
        });
    }
}

/**
 * The world around a lab's device (issue 12 §3): the FMC's Cloud Services page, the SSE portal and the Smart Account,
 * as records (what the lab-only probes read), their text pages (what {@code :fmc} and {@code :sse} print) and the
 * stand-ins a lab offers for them ({@link io.fpsh.world.StandIns}). The state behind them is the simulator's
 * ({@code io.fpsh.sim.world}).
 */
package io.fpsh.world;

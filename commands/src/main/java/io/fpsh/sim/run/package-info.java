/**
 * A running lab: what turns a lab file into devices on this host. {@link io.fpsh.sim.run.LabDevices} opens labs,
 * {@link io.fpsh.sim.run.SimulatedFtd} wires a device's clish, LINA and expert shell over one model state, its
 * services (the lab network's loopback servers, the device's own listeners, files, connector) start on demand, and
 * {@link io.fpsh.sim.run.SharedLab} gives a fleet one clock and one network. The model itself (the state, the
 * sessions, the views and the commands that read them) is {@code io.fpsh.sim} and never depends on this package.
 */
package io.fpsh.sim.run;

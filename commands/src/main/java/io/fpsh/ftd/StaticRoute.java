package io.fpsh.ftd;

/** A static route of the management interface, as {@code configure network static-routes ipv4 add} takes it. */
public record StaticRoute(String interfaceName, String destination, String netmask, String gateway) {}

package io.fpsh.ftd;

/** {@code show cpu usage}: the firewall's CPU utilization in percent over three spans. */
public record LinaCpuUsage(int fiveSeconds, int oneMinute, int fiveMinutes) {}

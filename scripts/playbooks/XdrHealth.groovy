package io.fpsh.playbooks

// The guide's whole walk on one device, in its order: what only a person can check (licensing), the region's
// endpoints, DNS, the device's own connectivity checks, registration (TLS to SSE), then the connector and its
// event path. Each part is its own playbook; this one takes in their findings and steps, and fpsh ends its report
// with the event path's picture (io.fpsh.playbook.EventPath).

playbook 'xdr-health', 'The whole guide in its order (licensing, endpoints, DNS, connectivity, registration, connector), then the event path'

// The guide's order is licensing, sse-endpoints, dns, connectivity, sse-registration, sse-connector. Until each
// part's playbook is merged only dns is shipped; once they are, this line reads
// for (String part : ['licensing', 'sse-endpoints', 'dns', 'connectivity', 'sse-registration', 'sse-connector']) {
for (String part : ['licensing', 'sse-endpoints', 'dns', 'connectivity', 'sse-registration', 'sse-connector']) {
    include part
}

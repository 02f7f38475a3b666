/**
 * Labs as lessons (issue 12): a lab's {@code teaching} part read into typed objectives, checked on the device's state
 * through the probes' model answers (never the lines typed), and rendered for {@code :lab} and {@code fpsh lab}.
 */
package io.fpsh.teach;

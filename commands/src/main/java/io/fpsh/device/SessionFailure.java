package io.fpsh.device;

/** What can go wrong with the session itself, as opposed to the command it ran; see {@link DeviceIo#sessionFailed}. */
public enum SessionFailure {
    /** No prompt came back before the command's deadline. */
    TIMEOUT,
    /** The connection to the target was closed or lost. */
    CONNECTION_LOST
}

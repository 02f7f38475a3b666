package io.fpsh.net.server;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Optional;
import java.util.function.Consumer;

import javax.net.ssl.SSLSocket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Serves one accepted connection: TLS handshake if any, then requests until close, idle timeout or error. */
final class HttpConnection implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(HttpConnection.class);

    private final Socket socket;
    private final HttpServerSpec spec;
    private final HttpResponseWriter writer;
    private final Consumer<ReceivedRequest> recorder;
    private final Runnable onClose;

    HttpConnection(Socket socket, HttpServerSpec spec, HttpResponseWriter writer, Consumer<ReceivedRequest> recorder,
                   Runnable onClose) {
        this.socket = socket;
        this.spec = spec;
        this.writer = writer;
        this.recorder = recorder;
        this.onClose = onClose;
    }

    @Override
    public void run() {
        try (socket) {
            LoopbackSockets.sendingAtOnce(socket);
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, spec.idleTimeout().toMillis()));
            if (socket instanceof SSLSocket tls) {
                tls.startHandshake();
            }
            serveRequests(new BufferedInputStream(socket.getInputStream()), new BufferedOutputStream(socket.getOutputStream()));
        } catch (SocketTimeoutException e) {
            log.debug("lab HTTP connection idle too long, closing");
        } catch (IOException e) {
            log.debug("lab HTTP connection ended: {}", e.toString()); // clients hang up or fail handshakes on purpose
        } catch (RuntimeException e) {
            log.warn("lab HTTP connection failed", e);
        } finally {
            onClose.run();
        }
    }

    private void serveRequests(InputStream in, OutputStream out) throws IOException {
        HttpRequestReader reader = new HttpRequestReader(in);
        while (true) {
            Optional<ReceivedRequest> next;
            try {
                next = reader.next();
            } catch (HttpRequestReader.BadRequestException e) {
                out.write(HttpResponseWriter.BAD_REQUEST);
                out.flush();
                return;
            }
            if (next.isEmpty()) {
                return;
            }
            ReceivedRequest request = next.get();
            recorder.accept(request);
            HttpRoute route = spec.route(request.method(), request.target());
            boolean keepOpen = writer.write(out, route, !"HEAD".equals(request.method()));
            if (!keepOpen || !clientKeepsAlive(request)) {
                return;
            }
        }
    }

    private static boolean clientKeepsAlive(ReceivedRequest request) {
        String connection = request.header("Connection").orElse("").toLowerCase(java.util.Locale.ROOT);
        if ("HTTP/1.0".equals(request.version())) {
            return connection.contains("keep-alive");
        }
        return !connection.contains("close");
    }
}

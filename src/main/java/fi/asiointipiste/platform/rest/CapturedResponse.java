package fi.asiointipiste.platform.rest;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A response held back until the transaction it reports on has committed: status, headers and body are captured, and
 * {@link #sendTo} writes them to the client afterwards. So a client never sees 201 for a change that is not yet
 * durable, and the idempotency store can keep exactly what the client got.
 */
public class CapturedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private int status = 200;
    private String contentType;
    private PrintWriter writer;
    private ServletOutputStream stream;

    public CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    public String header(String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    public String text() {
        if (writer != null) {
            writer.flush();
        }
        return body.toString(StandardCharsets.UTF_8);
    }

    /** Writes what was captured to the client. */
    public void sendTo(HttpServletResponse client) throws IOException {
        String text = text();
        client.setStatus(status);
        headers.forEach(client::setHeader);
        if (contentType != null) {
            client.setContentType(contentType);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        client.setContentLength(bytes.length);
        client.getOutputStream().write(bytes);
    }

    /** Gives a kept answer again, marked {@code Idempotent-Replayed: true}. */
    static void replay(IdempotentAnswer answer, HttpServletResponse client) throws IOException {
        client.setStatus(answer.getStatus());
        client.setHeader("Idempotent-Replayed", "true");
        if (answer.getLocation() != null) {
            client.setHeader("Location", answer.getLocation());
        }
        if (answer.getEtag() != null) {
            client.setHeader("ETag", answer.getEtag());
        }
        if (answer.getContentType() != null) {
            client.setContentType(answer.getContentType());
        }
        byte[] bytes = answer.getBody() == null ? new byte[0] : answer.getBody().getBytes(StandardCharsets.UTF_8);
        client.setContentLength(bytes.length);
        client.getOutputStream().write(bytes);
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
    }

    @Override
    public void sendError(int sc) {
        status = sc;
    }

    @Override
    public void sendError(int sc, String msg) {
        status = sc;
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void setContentType(String type) {
        contentType = type;
    }

    @Override
    public String getContentType() {
        return contentType;
    }

    @Override
    public void setCharacterEncoding(String charset) {
        // the body is kept and sent as UTF-8, the only encoding the API writes
    }

    @Override
    public void setContentLength(int len) {
        // computed from the captured body when it is sent
    }

    @Override
    public void setContentLengthLong(long len) {
        // computed from the captured body when it is sent
    }

    @Override
    public void setHeader(String name, String value) {
        if (name.equalsIgnoreCase("Content-Type")) {
            setContentType(value);
        } else if (name.equalsIgnoreCase("Content-Length")) {
            return;
        } else {
            headers.put(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        String before = header(name);
        setHeader(name, before == null ? value : before + ", " + value);
    }

    @Override
    public void setIntHeader(String name, int value) {
        setHeader(name, Integer.toString(value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        addHeader(name, Integer.toString(value));
    }

    @Override
    public boolean containsHeader(String name) {
        return header(name) != null;
    }

    @Override
    public String getHeader(String name) {
        return header(name);
    }

    @Override
    public java.util.Collection<String> getHeaderNames() {
        return List.copyOf(headers.keySet());
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("captured responses are written synchronously");
                }

                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
        }
        return writer;
    }

    @Override
    public void flushBuffer() {
        // held back until sendTo
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public void reset() {
        resetBuffer();
        headers.clear();
        status = 200;
        contentType = null;
    }

    @Override
    public void resetBuffer() {
        if (writer != null) {
            writer.flush();
        }
        body.reset();
    }
}

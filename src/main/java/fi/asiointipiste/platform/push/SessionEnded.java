package fi.asiointipiste.platform.push;

import java.io.Serializable;

/** An HTTP session ended on some node: every node closes the push sockets opened with it. */
public record SessionEnded(String sessionId) implements Serializable {}

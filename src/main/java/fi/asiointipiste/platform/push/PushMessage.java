package fi.asiointipiste.platform.push;

import java.io.Serializable;

/**
 * One push as it travels between the nodes of a cluster: the topic and the text its sockets get. The text is the
 * message itself (a board as JSON or a word), so the other nodes send it on without reading the database.
 */
public record PushMessage(String topic, String text) implements Serializable {}

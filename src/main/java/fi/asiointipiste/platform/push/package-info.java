/**
 * The pages' push: a Jakarta WebSocket endpoint ({@link PushEndpoint}, {@code /push/{channel}/{key}}) that keeps no
 * state in the HTTP session, channels the features define ({@link PushChannel}) and cluster-wide delivery
 * ({@link Push}: to the sockets of this node at once, to the other nodes through Payara's clustered CDI events).
 */
package fi.asiointipiste.platform.push;

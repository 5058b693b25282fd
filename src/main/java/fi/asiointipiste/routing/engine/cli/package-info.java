/**
 * The standalone command line ({@code java -jar asiointipiste-routing.jar}): {@code simulate} replays a CSV of
 * visits through a DMN table, {@code validate} prints the static analysis and {@code explain} explains one decision.
 * CSV reading and writing are hand-written (RFC 4180) to replay a million visits in well under three seconds.
 */
package fi.asiointipiste.routing.engine.cli;

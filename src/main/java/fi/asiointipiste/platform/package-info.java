/**
 * Platform: what every feature stands on: sign-in and roles (security), texts and languages (i18n), the schema migrations (persistence), the clock, health checks, REST activation and start-up.
 */
package fi.asiointipiste.platform;

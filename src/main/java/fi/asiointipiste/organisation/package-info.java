/**
 * Organisation: service points and the staff who work at them, with roles (clerk, supervisor, coordinator, administrator) and, for agency specialists, their agency.
 */
package fi.asiointipiste.organisation;

/**
 * The service catalogue: agencies, their errands with the workshop's four-part service description per support level, and the customer profiles (Outi, Pera, Hilma) with their empathy maps. Reference data, loaded by migration and later edited by coordinators.
 */
package fi.asiointipiste.catalogue;

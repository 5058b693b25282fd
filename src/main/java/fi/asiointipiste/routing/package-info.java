/**
 * Routing: the support-level engine that routes each visit task to self-service, guided or full assistance and names the agency staff involved. It decides; the rule sets it applies are stored by the rules feature.
 */
package fi.asiointipiste.routing;

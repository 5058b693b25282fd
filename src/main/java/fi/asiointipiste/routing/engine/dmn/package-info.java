/**
 * DMN XML interchange: {@link fi.asiointipiste.routing.engine.dmn.DmnReader} imports one decision table from DMN
 * 1.1–1.5 documents (safely: no DTDs, no external entities, size and element limits) and
 * {@link fi.asiointipiste.routing.engine.dmn.DmnWriter} exports DMN 1.3 that Apache KIE and modellers accept.
 */
package fi.asiointipiste.routing.engine.dmn;

/**
 * Support-level decision engine: routes a visit task to SELF_SERVICE, GUIDED or FULL_ASSISTANCE with a DMN 1.3
 * decision table. The model ({@link fi.asiointipiste.routing.engine.DecisionTable}) is plain data; it is compiled
 * once into an allocation-free evaluator, and can be analysed, explained and read or written as DMN XML.
 * Pure JDK code so that it runs in the server, in unit tests and in the standalone CLI jar alike.
 */
package fi.asiointipiste.routing.engine;

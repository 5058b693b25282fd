/**
 * Demo data: the Nilakka service points, one user per role and a reproducible year of generated visits, loaded on first start in demo mode only.
 */
package fi.asiointipiste.demo;

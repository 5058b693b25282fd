/**
 * Customers: the optional identity of a visitor, kept to the minimum the desk needs (name, identity code, language, consent notes). The full identity code is never shown in lists and every read of it is audited.
 */
package fi.asiointipiste.customers;

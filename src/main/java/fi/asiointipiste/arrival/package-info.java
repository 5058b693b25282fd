/**
 * Arrival: how a customer gets from the door to the right desk. The check-in terminal routes each errand at the door
 * and gives a ticket; named desks call tickets by a documented policy, recall, mark no-shows and transfer; the
 * waiting-room display and the clerks' queue follow by push; waiting times are estimated from the queue, the open
 * desks and the measured handling times. No personal data: a ticket is a number, errands and routing facts.
 */
package fi.asiointipiste.arrival;

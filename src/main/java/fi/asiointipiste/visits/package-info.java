/**
 * Visits: the front-desk log of who came to a service point, when, through which channel, with which errands, which support level each errand got and how it ended. A visit may be anonymous; its profile records how the customer was served that time.
 */
package fi.asiointipiste.visits;

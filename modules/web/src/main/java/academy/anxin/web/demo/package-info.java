/**
 * Demonstration data for {@code ./setup/run --demo}: people, an organization and their history made through the
 * contexts' real use cases (never by writing their tables), last of the start-up phases.
 */
package academy.anxin.web.demo;

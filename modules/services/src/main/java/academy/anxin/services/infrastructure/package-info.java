/**
 * The services context's stores: listings and their versions in plain SQL
 * ({@link academy.anxin.services.infrastructure.ListingStore}), the named divisions read from the bundled
 * {@code regions.tsv} ({@link academy.anxin.services.infrastructure.RegionsFile}), and its Flyway schema
 * ({@code db/services}, {@link academy.anxin.services.infrastructure.ServicesSchema}).
 */
package academy.anxin.services.infrastructure;

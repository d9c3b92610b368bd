/**
 * The Lucene index of the curriculum: how text is analyzed and weighed ({@link
 * academy.anxin.search.infrastructure.SearchFields}), how the curriculum becomes documents, how queries are
 * built and answered, and the index's life beside the database (rebuilt when missing, stale or corrupt, and
 * after every import, in the background); and the directory's organizations, in memory
 * ({@link academy.anxin.search.infrastructure.ListingIndex}).
 */
package academy.anxin.search.infrastructure;

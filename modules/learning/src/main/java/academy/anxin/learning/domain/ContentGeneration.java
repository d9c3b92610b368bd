package academy.anxin.learning.domain;

/**
 * The number of the curriculum's state, shared by every node through the database: it moves on in the transaction
 * of each import that changed something, so that whatever a node keeps derived from the content (rendered pages,
 * the catalog API's JSON, the search index) can tell it is out of date by comparing one number.
 */
public interface ContentGeneration {

    /** The generation as committed. */
    long read();

    /** Moves the generation on, in the caller's transaction. */
    void advance();
}

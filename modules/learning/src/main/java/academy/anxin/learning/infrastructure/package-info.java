/**
 * JPA repositories of the learning context ({@code lrn_*} tables), its schema migrations, and the content reader
 * that turns the files of {@code content/} into drafts with their problems.
 */
package academy.anxin.learning.infrastructure;

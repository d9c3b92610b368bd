package academy.anxin.learning.application;

import java.util.List;

/** Content was imported and something changed: fired after the commit, e.g. for the search index. */
public record ContentImported(List<String> added) {
}

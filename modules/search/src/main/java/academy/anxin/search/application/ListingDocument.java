package academy.anxin.search.application;

import java.util.List;

/**
 * One organization as the directory's search knows it: its number, the names it goes by (registered and as its
 * listing gives them), and the words of its verified listing (region, whom it serves, accessibility, addresses),
 * in Chinese and in English. The search knows nothing of listings' rules: whoever feeds it (services) decides
 * what an organization is found by, and tells its standing once found.
 */
public record ListingDocument(long organizationId, List<String> namesZh, List<String> namesEn,
                              List<String> wordsZh, List<String> wordsEn) {

    public ListingDocument {
        namesZh = clean(namesZh);
        namesEn = clean(namesEn);
        wordsZh = clean(wordsZh);
        wordsEn = clean(wordsEn);
    }

    private static List<String> clean(List<String> texts) {
        return texts == null ? List.of() : texts.stream().filter(t -> t != null && !t.isBlank()).toList();
    }
}

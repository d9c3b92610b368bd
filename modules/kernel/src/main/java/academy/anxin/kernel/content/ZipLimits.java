package academy.anxin.kernel.content;

import academy.anxin.kernel.domain.ContentProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What a content zip may unpack to, checked from its central directory before any entry is read: how many entries,
 * how many bytes in all, and how far one entry may inflate. A 2 MB upload holding 2 GB of zeros is refused here
 * instead of filling the heap; {@link ContentFiles} also stops reading any file at its own limit, so an entry whose
 * header understates its size gains nothing.
 */
public record ZipLimits(int mostEntries, long largestUnpacked, int largestRatio) {

    /**
     * The platform's: the curriculum is a few hundred files and about 11 MB with its media, so ten thousand files or
     * 512 MB is a mistake or an attack. Text compresses about 3 to 10 times and media hardly at all, so a large
     * entry inflating more than 100 times is not content.
     */
    public static final ZipLimits CONTENT = new ZipLimits(10_000, 512L * 1024 * 1024, 100);

    /** Entries smaller than this are not held to the ratio: a short run of spaces may compress further. */
    static final long RATIO_FROM = 1024 * 1024;

    /** The first limit the zip breaks, as the problem to report; empty when it keeps them all. */
    public Optional<ContentProblem> check(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            if (file.size() > mostEntries) {
                return problem("content.zip.tooManyEntries", mostEntries);
            }
            long unpacked = 0;
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                long size = entry.getSize();
                long compressed = entry.getCompressedSize();
                if (size < 0 || compressed < 0) {
                    return problem("content.zip.invalid");
                }
                unpacked += size;
                if (unpacked > largestUnpacked) {
                    return problem("content.zip.tooLargeUnpacked", largestUnpacked / 1024 / 1024 + " MB");
                }
                if (size >= RATIO_FROM && size > compressed * largestRatio) {
                    return problem("content.zip.ratio", entry.getName(), largestRatio);
                }
            }
            return Optional.empty();
        }
    }

    private static Optional<ContentProblem> problem(String key, Object... arguments) {
        return Optional.of(new ContentProblem("", 0, null, key, arguments));
    }
}

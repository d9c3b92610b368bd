package academy.anxin.api.v1;

import academy.anxin.api.v1.CatalogServlet.CourseEntry;
import academy.anxin.api.v1.CatalogServlet.MicroLessonEntry;
import academy.anxin.kernel.domain.Language;
import academy.anxin.learning.application.Catalog;
import academy.anxin.learning.application.CatalogFilter;
import academy.anxin.learning.application.ContentChanged;
import academy.anxin.learning.application.ContentChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The public catalog's JSON, built once per content generation and language: it changes only when content is
 * imported ({@link ContentChanges}: on this node at once, on another within its poll), and building it reads every
 * current course. At most four documents (courses and micro-lessons, in two languages), so no other bound is needed.
 * Written by JSON-B's defaults, as the JAX-RS provider writes the same records.
 */
@ApplicationScoped
public class CatalogDocuments {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    Catalog catalog;

    @Inject
    ContentChanges content;

    private final Map<Key, Document> built = new ConcurrentHashMap<>();

    /** A document as sent: its bytes, the generation it was built from, and its entity tag (a digest of the bytes). */
    public record Document(long generation, byte[] json, String tag) {
    }

    private record Key(String list, Language language) {
    }

    public Document courses(Language language) {
        return document(new Key("courses", language), () -> catalog.courses(CatalogFilter.NONE, OptionalLong.empty())
                .stream().map(c -> CourseEntry.of(c, language)).toList());
    }

    public Document microLessons(Language language) {
        return document(new Key("micro-lessons", language), () -> catalog.microLessons().stream()
                .map(m -> MicroLessonEntry.of(m, language)).toList());
    }

    void dropped(@Observes ContentChanged changed) {
        built.clear();
    }

    private Document document(Key key, Supplier<List<?>> entries) {
        // read before the content: a document built while an import commits is kept under the older generation,
        // which is no longer served once the new one is seen
        OptionalLong generation = content.generation();
        Document known = built.get(key);
        if (known != null && generation.isPresent() && known.generation() == generation.getAsLong()) {
            return known;
        }
        byte[] json = JSON.toJson(entries.get()).getBytes(StandardCharsets.UTF_8);
        Document made = new Document(generation.orElse(-1), json, digest(json));
        if (generation.isPresent()) {
            built.put(key, made);
        }
        return made;
    }

    private static String digest(byte[] json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}

package academy.anxin.search.infrastructure;

import static academy.anxin.search.infrastructure.SearchFields.*;

import academy.anxin.learning.application.CurriculumText;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/** Turns a piece of the curriculum into a Lucene document: text fields per language, facets, stored values. */
final class CurriculumDocuments {

    private final FacetsConfig facets = SearchFields.facets();

    Document of(CurriculumText text) {
        Document doc = new Document();
        doc.add(new StringField(ID, text.id(), Field.Store.YES));
        doc.add(new StringField(TYPE, text.type(), Field.Store.YES));
        doc.add(new StoredField(KIND, text.kind()));
        doc.add(new StoredField(MINUTES, text.minutes()));
        store(doc, "course", text.courseCode());
        store(doc, "lesson", text.lessonKey());
        store(doc, "micro", text.microCode());
        store(doc, SERVES, text.serves());
        doc.add(new TextField(TITLE_ZH, text.title().zh(), Field.Store.YES));
        doc.add(new TextField(TITLE_ZH_BIGRAMS, text.title().zh(), Field.Store.NO));
        doc.add(new TextField(BODY_ZH, text.body().zh(), Field.Store.YES));
        doc.add(new TextField(BODY_ZH_BIGRAMS, text.body().zh(), Field.Store.NO));
        doc.add(new TextField(TITLE_EN, text.title().en(), Field.Store.YES));
        doc.add(new TextField(BODY_EN, text.body().en(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(KIND, text.kind()));
        if (text.serves() != null) {
            doc.add(new SortedSetDocValuesFacetField(SERVES, text.serves()));
        }
        for (String topic : text.topics()) {
            doc.add(new SortedSetDocValuesFacetField(TOPIC, topic));
        }
        try {
            return facets.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void store(Document doc, String name, String value) {
        if (value != null) {
            doc.add(new StoredField(name, value));
        }
    }
}

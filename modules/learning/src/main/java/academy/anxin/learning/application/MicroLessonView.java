package academy.anxin.learning.application;

import academy.anxin.kernel.domain.LocalizedText;
import java.util.List;

/** A micro-lesson for the list, the API and its page (body as HTML in both languages). */
public record MicroLessonView(String code, int version, LocalizedText title, int minutes, List<String> tags,
                              String servesCode, LocalizedText bodyHtml) {

    public MicroLessonView {
        tags = List.copyOf(tags);
    }
}

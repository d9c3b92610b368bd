package academy.anxin.learning.application;

import academy.anxin.kernel.domain.LocalizedText;
import java.math.BigDecimal;
import java.util.List;

/**
 * One lesson in the player: its text rendered from Markdown (HTML, both languages) and its easy-read summary if it
 * has one (null if not), its media with captions, or
 * its checkpoint questions (without their answers: those stay on the server), and where it sits in the course.
 */
public record LessonView(String courseCode, int courseVersion, LocalizedText courseTitle, LocalizedText moduleTitle,
                         String key, String kind, LocalizedText title, int minutes, LocalizedText bodyHtml,
                         LocalizedText easyReadHtml, LocalizedText mediaUrl, boolean hasCaptions, List<QuestionView> questions, BigDecimal passMark,
                         boolean completed, BigDecimal bestScore, int position, int lessonCount, String previousKey,
                         String nextKey, int percent) implements java.io.Serializable {

    public LessonView {
        questions = List.copyOf(questions);
    }

    public boolean isQuiz() {
        return "quiz".equals(kind);
    }

    public boolean hasEasyRead() {
        return easyReadHtml != null;
    }

    public boolean hasMedia() {
        return mediaUrl != null;
    }

    public boolean isVideo() {
        return "video".equals(kind);
    }

    public record QuestionView(LocalizedText prompt, List<LocalizedText> options) implements java.io.Serializable {
        public QuestionView {
            options = List.copyOf(options);
        }
    }
}

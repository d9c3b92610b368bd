package academy.anxin.learning.domain;

import java.util.Locale;

/** What a lesson is, which decides what the lesson player shows and how the lesson is completed. */
public enum LessonKind {
    READING, VIDEO, AUDIO, SCENARIO, QUIZ,
    /** A timed activity (a role-play in threes, written practice on a case): steps with their minutes. */
    EXERCISE;

    public boolean hasMedia() {
        return this == VIDEO || this == AUDIO;
    }

    /** Reading, scenario and the transcripts of media lessons are Markdown bodies; a quiz has none. */
    public boolean hasBody() {
        return this != QUIZ;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a kind as the content files write it ("reading"); {@code null} when it is not one. */
    public static LessonKind parse(String code) {
        for (LessonKind kind : values()) {
            if (kind.code().equals(code)) {
                return kind;
            }
        }
        return null;
    }
}

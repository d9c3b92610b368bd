package academy.anxin.learning.domain;

/** A micro-lesson read from its file and found valid, not yet stored. */
public record MicroLessonDraft(MicroLesson microLesson, String hash, String file) {
}

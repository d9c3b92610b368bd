package academy.anxin.learning.application;

import academy.anxin.kernel.domain.LocalizedText;
import java.time.Instant;

/** One line of "my learning": a course version the person started, how far, and whether a newer one exists. */
public record StudyRecord(String code, int version, LocalizedText title, int percent, boolean completed,
                          Instant completedAt, Instant lastActivityAt, String resumeLessonKey, long secondsSpent,
                          Integer currentVersion) {

    public boolean newerVersionAvailable() {
        return currentVersion != null && currentVersion > version;
    }
}

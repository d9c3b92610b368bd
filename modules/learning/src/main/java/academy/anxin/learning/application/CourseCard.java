package academy.anxin.learning.application;

import academy.anxin.kernel.domain.LocalizedText;
import java.util.List;

/**
 * A course as the catalog shows it, and (when someone is logged in) where that person stands: locked by which
 * prerequisites, not started, in progress, or completed, and whether a newer version exists than the one they
 * completed.
 */
public record CourseCard(String code, int version, LocalizedText title, LocalizedText summary, String servesKind,
                         String servesCode, int lessonCount, int minutes, List<String> topics,
                         List<CourseRef> prerequisites, List<CourseRef> missingPrerequisites, Standing standing,
                         int percent, Integer completedVersion) implements java.io.Serializable {

    public CourseCard {
        topics = List.copyOf(topics);
        prerequisites = List.copyOf(prerequisites);
        missingPrerequisites = List.copyOf(missingPrerequisites);
    }

    public boolean locked() {
        return !missingPrerequisites.isEmpty() && standing == Standing.NOT_STARTED;
    }

    /** Completed an older version while a newer one is current. */
    public boolean newerVersionAvailable() {
        return completedVersion != null && completedVersion < version;
    }

    public enum Standing { NOT_STARTED, IN_PROGRESS, COMPLETED }

    /** Another course named by code, with its title. */
    public record CourseRef(String code, LocalizedText title) implements java.io.Serializable {
    }
}

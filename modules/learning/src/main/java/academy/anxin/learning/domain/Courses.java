package academy.anxin.learning.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every version of every course. */
public interface Courses {

    /** The current versions, in catalog order (tier, then endorsement, then code). */
    List<Course> current();

    Optional<Course> current(String code);

    Optional<Course> version(String code, int version);

    /** The highest version imported, current or not. */
    Optional<Course> latest(String code);

    Set<String> codes();

    Course add(Course course);

    void addMedia(Course course, String path, String contentType, byte[] bytes);

    Optional<MediaFile> media(long courseId, String path);

    /** A media file served with its course. */
    record MediaFile(String contentType, byte[] bytes) {
    }
}

package academy.anxin.learning.domain;

import java.util.Map;

/**
 * A course version read from its folder and found valid, not yet stored: the course, the fingerprint of its files
 * (to recognise a re-import), the descriptor's path (for problems found later), and the media files it brings.
 */
public record CourseDraft(Course course, String hash, String descriptor, Map<String, Media> media) {

    public CourseDraft {
        media = Map.copyOf(media);
    }

    public record Media(String contentType, byte[] bytes) {
    }
}

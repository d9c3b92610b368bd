package academy.anxin.learning.application;

/** A course's media file (a lesson's recording, an image) as the lesson player fetches it: its type and bytes. */
public record MediaFile(String contentType, byte[] bytes) {
}

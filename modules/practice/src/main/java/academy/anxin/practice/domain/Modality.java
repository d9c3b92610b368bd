package academy.anxin.practice.domain;

/** How a practice session was done. */
public enum Modality {
    HOTLINE, ONLINE_CHAT, FACE_TO_FACE, GROUP, ROLE_PLAY, OBSERVATION
}

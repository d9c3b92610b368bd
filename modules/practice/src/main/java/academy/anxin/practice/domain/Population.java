package academy.anxin.practice.domain;

/** Whom a practice session served; the endorsements count sessions with their own population. */
public enum Population {
    GENERAL_PUBLIC, DISABILITY, DISASTER_OR_EPIDEMIC, YOUTH, OLDER_ADULTS, BEREAVED, FRONTLINE_WORKERS
}

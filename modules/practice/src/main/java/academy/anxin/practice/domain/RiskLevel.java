package academy.anxin.practice.domain;

/** The highest risk met in a session (e.g. suicide risk screened as high). */
public enum RiskLevel {
    LOW, MEDIUM, HIGH
}

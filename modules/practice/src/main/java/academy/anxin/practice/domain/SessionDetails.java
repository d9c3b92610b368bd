package academy.anxin.practice.domain;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.Validation;
import academy.anxin.kernel.domain.IdentifyingDetails;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * What a volunteer writes about one practice session. {@link #check} applies every rule that needs no other
 * session, and reports all the problems at once.
 */
public record SessionDetails(LocalDate date, LocalTime start, Integer minutes, Modality modality,
                             Population population, RiskLevel riskLevel, String reflection) {

    /** Five minutes is the shortest session worth signing; a shift of eight hours the longest one entry may hold. */
    public static final int SHORTEST = 5;
    public static final int LONGEST = 480;
    public static final int REFLECTION_LENGTH = 2000;

    public LocalDateTime startsAt() {
        return date.atTime(start);
    }

    public LocalDateTime endsAt() {
        return startsAt().plusMinutes(minutes);
    }

    /**
     * @param now    the present, in the platform's time zone
     * @param joined the day the volunteer joined the organization the session is logged for
     */
    public void check(LocalDateTime now, LocalDate joined) {
        Validation check = new Validation();
        if (date == null) {
            check.refuse(new DomainException("date", "practice.field.required"));
        }
        if (start == null) {
            check.refuse(new DomainException("start", "practice.field.required"));
        }
        if (minutes == null) {
            check.refuse(new DomainException("minutes", "practice.field.required"));
        } else if (minutes < SHORTEST || minutes > LONGEST) {
            check.refuse(new DomainException("minutes", "practice.minutes.range", SHORTEST, LONGEST));
        }
        if (modality == null) {
            check.refuse(new DomainException("modality", "practice.field.required"));
        }
        if (population == null) {
            check.refuse(new DomainException("population", "practice.field.required"));
        }
        if (riskLevel == null) {
            check.refuse(new DomainException("riskLevel", "practice.field.required"));
        }
        if (date != null && start != null && startsAt().isAfter(now)) {
            check.refuse(new DomainException("date", "practice.date.future"));
        }
        if (date != null && joined != null && date.isBefore(joined)) {
            check.refuse(new DomainException("date", "practice.date.beforeJoining", joined.toString()));
        }
        checkReflection(check);
        check.throwIfAny();
    }

    private void checkReflection(Validation check) {
        if (reflection == null || reflection.isBlank()) {
            check.refuse(new DomainException("reflection", "practice.field.required"));
            return;
        }
        if (reflection.length() > REFLECTION_LENGTH) {
            check.refuse(new DomainException("reflection", "practice.reflection.tooLong", REFLECTION_LENGTH));
            return;
        }
        List<IdentifyingDetails.Finding> findings = IdentifyingDetails.in(reflection);
        if (!findings.isEmpty()) {
            IdentifyingDetails.Finding first = findings.get(0);
            check.refuse(new DomainException("reflection", "practice.reflection.identifies." + first.kind().name(),
                    reflection.substring(first.start(), first.end())));
        }
    }

    /** Whether two sessions' times cross (touching end to start is not an overlap). */
    public boolean overlaps(LocalDateTime otherStart, LocalDateTime otherEnd) {
        return startsAt().isBefore(otherEnd) && otherStart.isBefore(endsAt());
    }
}

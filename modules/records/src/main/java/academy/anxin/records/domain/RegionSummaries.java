package academy.anxin.records.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records' summaries per organization for regions' coordinators ({@code rec_org_month}, {@code rec_standing}):
 * kept current a fact at a time, replaced whole by a rebuild, read per organization.
 */
public interface RegionSummaries {

    /** The end of validity of a membership row: it never expires. */
    Instant NEVER = Instant.parse("9999-12-31T00:00:00Z");

    /** One volunteer membership (kind {@code MEMBER}) or one credential valid as an organization sees it. */
    record StandingRow(long organizationId, long personId, String kind, int tierRank, int endorsementBit,
                       Instant validUntil) {
    }

    /** Approved minutes of one organization in one month ("YYYY-MM"). */
    record MonthRow(long organizationId, String month, long serviceMinutes, long serviceSessions,
                    long trainingMinutes) {
    }

    /** How many volunteers of an organization have this highest tier rank and these endorsement bits. */
    record ReadinessRow(long organizationId, int tierRank, int endorsementMask, long volunteers) {
    }

    /** An organization's figures besides readiness: service minutes, and credentials whose validity ends soon. */
    record OrganizationFigures(long serviceMinutesAll, long serviceMinutesRecent, long expiring30, long expiring90) {
    }

    /** Adds one approved session (or reversal, negative) to its organization's month. */
    void addApproved(MonthRow delta);

    /** Replaces every row of one person by the given ones (for the organizations they volunteer in now). */
    void replaceStanding(long personId, List<StandingRow> rows);

    /** Replaces everything by what the ledgers say, and notes when. */
    void rebuild(List<MonthRow> months, List<StandingRow> standing, Instant at);

    Optional<Instant> builtAt();

    /** Readiness rows of these organizations, counting only what is still valid at {@code now}. */
    List<ReadinessRow> readiness(Collection<Long> organizationIds, Instant now);

    /** Figures per organization: service minutes all told and from {@code recentFrom} ("YYYY-MM") on, expiring counts. */
    Map<Long, OrganizationFigures> figures(Collection<Long> organizationIds, Instant now, String recentFrom);
}

package academy.anxin.services.application;

import academy.anxin.identity.application.Caller;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.domain.Role;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.PlatformTime;
import academy.anxin.services.domain.Feedback;
import academy.anxin.services.domain.FeedbackAnswer;
import academy.anxin.services.domain.FeedbackRecords;
import academy.anxin.services.domain.FeedbackTally;
import academy.anxin.services.domain.FeedbackThrottle;
import academy.anxin.services.domain.Listing;
import academy.anxin.services.domain.ListingStatus;
import academy.anxin.services.domain.ListingVersion;
import academy.anxin.services.domain.Listings;
import academy.anxin.kernel.domain.RegionCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Feedback from the people served (服务反馈). Anyone may answer for a listed organization, without an account
 * ({@link #submit}); the organization's admins see the trends by month and the comments, and hide an abusive
 * comment with a reason (audited {@code FEEDBACK_COMMENT_HIDDEN}); a region's averages for a period, small counts
 * suppressed, serve the regional coordinators ({@link #regionalAverages}).
 */
@ApplicationScoped
public class FeedbackService {

    /** Answers one client may send in {@link #THROTTLE_WINDOW}: a family sharing a phone, not a flood. */
    public static final int THROTTLE_LIMIT = 5;
    public static final Duration THROTTLE_WINDOW = Duration.ofMinutes(10);
    /** Clients remembered at most (about 100 bytes each): bounded memory whatever the traffic. */
    static final int THROTTLE_CLIENTS = 50_000;
    /** Months of trends an organization sees, this one included. */
    public static final int TREND_MONTHS = 12;
    /** Comments an organization's page lists, newest first. */
    public static final int COMMENTS_SHOWN = 100;
    /** The longest period the regional averages cover, so one call cannot sum the whole table for ever. */
    public static final int LONGEST_PERIOD_DAYS = 366 * 5;

    @Inject
    FeedbackRecords records;

    @Inject
    Listings listings;

    @Inject
    OrganizationService organizations;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    private final FeedbackThrottle throttle = new FeedbackThrottle(secret(), THROTTLE_LIMIT, THROTTLE_WINDOW, THROTTLE_CLIENTS);

    /** The throttle's key: random at each start, never written anywhere. */
    private static byte[] secret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }

    /** The feedback form's heading: the listed organization's name, or nothing if it is not listed now. */
    @Transactional
    public Optional<FeedbackForm> form(long organizationId) {
        return listings.ofOrganization(organizationId)
                .filter(l -> l.status() == ListingStatus.LISTED)
                .map(l -> new FeedbackForm(organizationId, l.published().orElseThrow().details().legalName()));
    }

    /**
     * Records an answer for a listed organization. The answer is checked first (a refusal does not count against
     * the client), then the client's rate; {@code clientAddress} only feeds the throttle's keyed hash and is kept
     * nowhere. A filled {@code honeypot} (a field people never see) is a bot: it is told the answer was received,
     * and nothing is stored.
     *
     * @throws DomainException {@code feedback.notListed}, {@code feedback.tooMany}, or the answer's refusals
     */
    @Transactional
    public void submit(long organizationId, String clientAddress, Integer rating, Boolean respected,
                       Boolean toldMoreHelp, String comment, String honeypot) {
        if (form(organizationId).isEmpty()) {
            throw new DomainException("serviceFeedback.notListed");
        }
        FeedbackAnswer answer = FeedbackAnswer.of(rating, respected, toldMoreHelp, comment);
        if (honeypot != null && !honeypot.isEmpty()) {
            return;
        }
        if (!throttle.admit(clientAddress, clock.instant())) {
            throw new DomainException("serviceFeedback.tooMany", THROTTLE_WINDOW.toMinutes());
        }
        records.add(Feedback.received(organizationId, answer, LocalDate.now(clock.withZone(PlatformTime.ZONE))));
    }

    /** The organization's feedback for its admins: the last twelve months, month by month, and the comments. */
    @Transactional
    public OrganizationFeedback ofOrganization(Caller caller, long organizationId) {
        requireAdmin(caller, organizationId);
        YearMonth now = YearMonth.now(clock.withZone(PlatformTime.ZONE));
        YearMonth first = now.minusMonths(TREND_MONTHS - 1L);
        Map<YearMonth, FeedbackTally> monthly = records.monthly(organizationId, first, now);
        List<OrganizationFeedback.Month> months = new ArrayList<>();
        FeedbackTally total = FeedbackTally.NONE;
        for (YearMonth month = first; !month.isAfter(now); month = month.plusMonths(1)) {
            FeedbackTally tally = monthly.getOrDefault(month, FeedbackTally.NONE);
            total = total.plus(tally);
            months.add(new OrganizationFeedback.Month(month, tally.count(), tally.averages()));
        }
        List<OrganizationFeedback.Comment> comments = records.withComments(organizationId, COMMENTS_SHOWN).stream()
                .map(f -> new OrganizationFeedback.Comment(f.id(), f.receivedOn(), f.answer().rating(),
                        f.isHidden() ? null : f.answer().comment(), f.isHidden(), f.hiddenReason(), f.hiddenAt()))
                .toList();
        Optional<Listing> listing = listings.ofOrganization(organizationId);
        return new OrganizationFeedback(organizationId,
                listing.map(Listing::status).orElse(ListingStatus.NOT_LISTED), months, total.count(),
                total.averages(), comments);
    }

    /** Hides an abusive comment of the organization's feedback, with a reason; audited. */
    @Transactional
    public void hideComment(Caller caller, long organizationId, long feedbackId, String reason) {
        requireAdmin(caller, organizationId);
        Feedback feedback = records.find(feedbackId)
                .filter(f -> f.organizationId() == organizationId)
                .orElseThrow(AccessDenied::new);
        feedback.hideComment(reason, caller.actor(), clock.instant());
        records.saveHiding(feedback);
        audit.record(new AuditRecord(caller.actor(), "FEEDBACK_COMMENT_HIDDEN", "organization:" + organizationId,
                "feedback:" + feedbackId + " reason:" + feedback.hiddenReason(), caller.address()));
    }

    /**
     * Feedback averages in a region (a province holds its cities and districts) for the days {@code from} to
     * {@code to} inclusive, China time: one row per organization whose verified listing lies in the region (listed
     * now, or withdrawn since: what it was told in the period still counts), and the region's own. Any average from fewer than {@link FeedbackTally#SMALLEST_SHOWN} answers is suppressed
     * (count and averages {@code null}), and so is the region's when exactly one organization's is, since that one
     * would be the region's less the others'; nothing else is told, so the answer identifies no one and needs no
     * caller: the regional coordinator's page decides who may see it.
     *
     * @throws DomainException {@code feedback.period.invalid} for a period that ends before it starts or is longer
     *                         than {@link #LONGEST_PERIOD_DAYS} days
     */
    @Transactional
    public RegionalFeedback regionalAverages(RegionCode region, LocalDate from, LocalDate to) {
        if (region == null || from == null || to == null || to.isBefore(from)
                || from.plusDays(LONGEST_PERIOD_DAYS).isBefore(to)) {
            throw new DomainException("period", "serviceFeedback.period.invalid", LONGEST_PERIOD_DAYS);
        }
        List<ListingVersion> inRegion = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (Listing listing : listings.all()) {
            Optional<ListingVersion> published = listing.published();
            if (published.isPresent() && region.contains(published.get().details().region())) {
                inRegion.add(published.get());
                ids.add(listing.organizationId());
            }
        }
        Map<Long, FeedbackTally> sums = records.perOrganization(ids, from, to);
        List<RegionalFeedback.OrganizationAverages> rows = new ArrayList<>();
        FeedbackTally total = FeedbackTally.NONE;
        int small = 0;
        for (int i = 0; i < ids.size(); i++) {
            FeedbackTally tally = sums.getOrDefault(ids.get(i), FeedbackTally.NONE);
            total = total.plus(tally);
            small += tally.count() > 0 && !tally.isShown() ? 1 : 0;
            rows.add(new RegionalFeedback.OrganizationAverages(ids.get(i), inRegion.get(i).details().legalName(),
                    inRegion.get(i).details().region(), tally.averages()));
        }
        rows.sort(Comparator.comparing(RegionalFeedback.OrganizationAverages::name));
        // one organization's suppressed answers would be the region's less the others': the region is withheld too
        return new RegionalFeedback(region, from, to, rows,
                small == 1 ? FeedbackTally.Averages.SUPPRESSED : total.averages());
    }

    private void requireAdmin(Caller caller, long organizationId) {
        if (!organizations.holds(caller.personId(), organizationId, Role.ORG_ADMIN)) {
            throw new AccessDenied();
        }
    }
}

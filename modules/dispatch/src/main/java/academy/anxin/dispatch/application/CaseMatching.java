package academy.anxin.dispatch.application;

import academy.anxin.credentials.application.CaseRulesInForce;
import academy.anxin.credentials.application.CredentialRegistry;
import academy.anxin.credentials.application.VerificationAudit;
import academy.anxin.credentials.domain.CaseRules;
import academy.anxin.credentials.domain.VerificationCall;
import academy.anxin.dispatch.domain.CaseDescription;
import academy.anxin.dispatch.domain.Matching;
import academy.anxin.dispatch.domain.Member;
import academy.anxin.identity.application.ApiClient;
import academy.anxin.identity.application.Caller;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.domain.Role;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.practice.application.Experience;
import academy.anxin.practice.domain.Modality;
import academy.anxin.practice.domain.RiskLevel;
import academy.anxin.services.application.ListedNearby;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Case matching for a dispatcher (or organization admin) of the organization, on its page, and for a
 * case-assignment service holding the organization's API key: the organization's members who may take a described
 * case by the case rules, ranked by their approved experience, and graded referral when nobody may. Every match is
 * recorded with how many may take it, never what the case was: a dispatcher's in the audit trail
 * ({@code CASE_MATCHED}), a key's in the log of its API calls.
 *
 * <p>Reads run in steps, each context in a transaction of its own (see {@code CredentialRegistry}): the members
 * and their experience (identity and practice, held by {@link MemberPool}), their credentials (credentials, from
 * memory), the directory (services).
 */
@ApplicationScoped
public class CaseMatching {

    /** At most this many volunteers are listed; the total says how many more may take the case. */
    public static final int MOST_SHOWN = 50;

    @Inject
    OrganizationService organizations;

    @Inject
    CredentialRegistry credentials;

    @Inject
    CaseRulesInForce caseRules;

    @Inject
    MemberPool pool;

    @Inject
    ListedNearby directory;

    @Inject
    AuditTrail audit;

    @Inject
    VerificationAudit calls;

    @Inject
    Clock clock;

    /** Whether the person may match cases in the organization: its dispatchers and admins. */
    public boolean mayMatch(Caller caller, long organizationId) {
        return organizations.holds(caller.personId(), organizationId, Role.DISPATCHER)
                || organizations.holds(caller.personId(), organizationId, Role.ORG_ADMIN);
    }

    /** A dispatcher's or admin's match on the page: volunteers with their names. */
    public MatchView match(Caller caller, long organizationId, CaseDescription description) {
        if (!mayMatch(caller, organizationId)) {
            throw new AccessDenied();
        }
        MatchView view = match(organizationId, description, MOST_SHOWN, true);
        audited(caller.actor(), organizationId, view, caller.address());
        return view;
    }

    /**
     * A case-assignment service's match with the organization's API key: member ids, no names. Recorded, like the
     * key's verification calls, in credentials' batched log of API calls ({@code crd_verification}, outcome
     * {@code MATCHED}) with how many may take the case: a write and its lock in every call of a service that asks
     * before each assignment would be most of the call's cost.
     */
    public MatchView match(ApiClient client, CaseDescription description, int limit) {
        MatchView view = match(client.organizationId(), description, Math.max(1, Math.min(limit, MOST_SHOWN)), false);
        calls.record(new VerificationCall(client.keyId(), "match: weighed " + view.weighed() + ", may take "
                + view.total(), view.anyone(), "MATCHED", null, view.matchedAt()));
        return view;
    }

    private void audited(String actor, long organizationId, MatchView view, String address) {
        // how many may take it: never the case's population, risk or anything else the dispatcher described
        audit.record(new AuditRecord(actor, "CASE_MATCHED", "organization:" + organizationId,
                "weighed " + view.weighed() + ", may take " + view.total(), address));
    }

    private MatchView match(long organizationId, CaseDescription description, int shown, boolean named) {
        CaseRules rules = caseRules.rules();
        // a case the rules send elsewhere (or cannot decide) weighs nobody
        List<Member> members = rules.need(description.requirement()).asksOfVolunteers()
                ? pool.standing(organizationId) : List.of();
        Matching.Result result = Matching.match(rules, description, members,
                members.isEmpty() ? Member::experience : experienceOf(organizationId, description), shown);
        List<Matching.Candidate> listed = result.candidates();
        Map<Long, String> names = named && !listed.isEmpty()
                ? organizations.names(listed.stream().map(c -> c.member().personId()).toList()) : Map.of();
        List<MatchView.Volunteer> volunteers = listed.stream().map(c -> new MatchView.Volunteer(c.member().memberId(),
                named ? names.getOrDefault(c.member().personId(), "") : null, c.reasons(),
                c.deciding().stream().map(this::line).toList(),
                c.member().experience().atRisk(), c.member().experience().withPopulation(),
                c.member().experience().inChannel())).toList();
        List<MatchView.Nearby> nearby = List.of();
        boolean regionListed = false;
        if (!result.anyone() && result.shortfall() != null) {
            var region = directory.regionOf(organizationId);
            regionListed = region.isPresent();
            if (region.isPresent()) {
                nearby = nearby(rules, region.get(), organizationId, description);
            }
        }
        Matching.Shortfall shortfall = result.shortfall();
        return new MatchView(result.need().tier() == null ? null : result.need().tier().name(),
                result.need().endorsements().stream().map(Enum::name).sorted().toList(), volunteers,
                result.total(), result.weighed(), result.beyondVolunteers(),
                shortfall == null || shortfall.tierMissing() == null ? null : shortfall.tierMissing().name(),
                shortfall == null ? List.of() : shortfall.endorsementsMissing().stream().map(Enum::name).sorted()
                        .toList(),
                shortfall != null && shortfall.notTogether(),
                result.beyondVolunteers() || !result.need().problems().isEmpty() ? Map.of()
                        : Matching.holders(result.need(), members),
                regionListed, nearby, result.referrals(), result.need().problems(), clock.instant());
    }

    /** A member's approved experience of the case: with its population at its risk or above, at all, by channel. */
    private java.util.function.Function<Member, Member.Experience> experienceOf(long organizationId,
                                                                              CaseDescription description) {
        Map<Long, Experience.WithPopulation> experienced = pool.experience(organizationId, description.population());
        RiskLevel risk = riskLevel(description);
        Modality modality = description.channel() == null ? null : switch (description.channel()) {
            case HOTLINE -> Modality.HOTLINE;
            case ONLINE_CHAT -> Modality.ONLINE_CHAT;
            case WALK_IN -> Modality.FACE_TO_FACE;
        };
        return member -> {
            Experience.WithPopulation with = experienced.get(member.personId());
            return with == null ? Member.Experience.NONE : new Member.Experience(with.atOrAbove(risk), with.total(),
                    modality == null ? 0 : with.in(modality));
        };
    }

    /** The practice risk level a case's risk compares with (imminent danger counts as high). */
    private static RiskLevel riskLevel(CaseDescription description) {
        return switch (description.risk()) {
            case LOW -> RiskLevel.LOW;
            case MEDIUM -> RiskLevel.MEDIUM;
            case HIGH, IMMINENT -> RiskLevel.HIGH;
        };
    }

    /** Listed organizations of the city whose members may take the case, with how many may. */
    private List<MatchView.Nearby> nearby(CaseRules rules, String region, long organizationId,
                                          CaseDescription description) {
        List<MatchView.Nearby> found = new ArrayList<>();
        for (ListedNearby.Nearby other : directory.sameCity(region, organizationId, description.population(),
                description.channel(), description.language(), description.accessibility())) {
            // how many may take it there: nobody listed, so no one's reasons worded
            Matching.Result there = Matching.match(rules, description, pool.standing(other.organizationId()),
                    Member::experience, 0);
            if (there.anyone()) {
                found.add(new MatchView.Nearby(other, there.total()));
            }
        }
        return found;
    }

    private MatchView.CredentialLine line(Member.Credential credential) {
        return new MatchView.CredentialLine(credential.number(), credential.kind().code(),
                credentials.title(credential.kind()), credential.validUntil());
    }

}

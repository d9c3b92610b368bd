package academy.anxin.credentials.application;

import academy.anxin.assessment.application.ExamSitting;
import academy.anxin.credentials.domain.BadgeClaims;
import academy.anxin.credentials.domain.CredentialRule;
import academy.anxin.credentials.domain.CredentialRules;
import academy.anxin.credentials.domain.Credentials;
import academy.anxin.credentials.domain.PublicAddresses;
import academy.anxin.credentials.domain.PublishedKey;
import academy.anxin.credentials.domain.SigningKeys;
import academy.anxin.credentials.domain.StatusListClaims;
import academy.anxin.credentials.domain.VerificationCall;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AuditEvent;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.learning.application.Study;
import academy.anxin.practice.application.PracticeLog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The credentials context's application services wired by hand over its ports held in memory: no container, no
 * database. Other contexts' services are stood in for by subclasses that answer from the lists here; signing
 * records what it was asked to sign and answers a recognizable token instead of a JWS.
 */
final class InMemoryContext {

    static final PublicAddresses ADDRESSES = new PublicAddresses("https://academy.example/");

    final MovableClock clock;
    final InMemoryCredentials credentials = new InMemoryCredentials();
    final InMemoryRecognitionClaims recognitions = new InMemoryRecognitionClaims();
    final InMemoryOrganizationSuspensions orgSuspensions = new InMemoryOrganizationSuspensions();
    final RecordingSigningKeys signingKeys = new RecordingSigningKeys();
    final List<AuditRecord> audited = new ArrayList<>();
    final List<VerificationCall> calls = new ArrayList<>();

    final List<Study.Finished> finished = new ArrayList<>();
    final List<PracticeLog.ApprovedMinutes> approved = new ArrayList<>();
    final List<ExamSitting.Pass> passes = new ArrayList<>();
    final List<academy.anxin.practice.application.Assessments.Passed> assessed = new ArrayList<>();
    /** Organization id, then member id, to person id. */
    final Map<Long, Map<Long, Long>> members = new HashMap<>();
    /** Organization id to its admins' person ids. */
    final Map<Long, java.util.Set<Long>> admins = new HashMap<>();

    final TierRules tierRules = new TierRules();
    final Evidences evidences = new Evidences();
    final Proofs proofs = new Proofs();
    final Issuance issuance = new Issuance();
    final CredentialRegistry registry = new CredentialRegistry();
    final Verification verification = new Verification();

    InMemoryContext(Instant now, CredentialRule... rules) {
        clock = new MovableClock(now);
        CredentialRules ruleSet = new CredentialRules(List.of(rules));
        tierRules.source = () -> ruleSet;
        AuditTrail audit = new AuditTrail() {
            @Override
            public AuditEvent record(AuditRecord record) {
                audited.add(record);
                return null;
            }
        };

        evidences.study = new Study() {
            @Override
            public List<Finished> completionsOf(long personId) {
                return List.copyOf(finished);
            }
        };
        evidences.practice = new PracticeLog() {
            @Override
            public List<ApprovedMinutes> approvedOf(long volunteerId) {
                return List.copyOf(approved);
            }
        };
        evidences.assessments = new academy.anxin.practice.application.Assessments() {
            @Override
            public List<Passed> passedOf(long volunteerId) {
                return List.copyOf(assessed);
            }
        };
        evidences.exams = new ExamSitting() {
            @Override
            public List<Pass> passesOf(long personId) {
                return List.copyOf(passes);
            }
        };
        evidences.credentials = credentials;
        evidences.recognitions = recognitions;

        proofs.keys = signingKeys;
        proofs.credentials = credentials;
        proofs.addresses = ADDRESSES;
        proofs.qrCodes = url -> "<svg>" + url + "</svg>";
        proofs.audit = audit;
        proofs.clock = clock;

        issuance.tierRules = tierRules;
        issuance.evidences = evidences;
        issuance.store = credentials;
        issuance.proofs = proofs;
        issuance.audit = audit;
        issuance.clock = clock;
        issuance.self = issuance;

        OrganizationService organizations = new OrganizationService() {
            @Override
            public Optional<Long> personOfMember(long organizationId, long membershipId) {
                return Optional.ofNullable(members.getOrDefault(organizationId, Map.of()).get(membershipId));
            }

            @Override
            public Map<Long, String> names(java.util.Collection<Long> personIds) {
                return Map.of();
            }

            @Override
            public List<Long> memberIds(long organizationId) {
                return List.copyOf(members.getOrDefault(organizationId, Map.of()).values());
            }

            @Override
            public boolean holds(long personId, long organizationId,
                                 academy.anxin.identity.domain.Role role) {
                return role == academy.anxin.identity.domain.Role.ORG_ADMIN
                        ? admins.getOrDefault(organizationId, java.util.Set.of()).contains(personId)
                        : members.getOrDefault(organizationId, Map.of()).containsValue(personId);
            }

            @Override
            public Optional<Instant> joinedAt(long personId, long organizationId) {
                return members.getOrDefault(organizationId, Map.of()).containsValue(personId)
                        ? Optional.of(Instant.EPOCH) : Optional.empty();
            }
        };
        // what verification reads, straight from the store: the in-memory standing is a cache of just this
        Standings standings = new Standings() {
            @Override
            public Optional<Long> holderOf(String canonicalNumber) {
                return credentials.holderOf(canonicalNumber);
            }

            @Override
            public List<Credentials.Stored> of(long holderId) {
                return credentials.ofHolder(holderId);
            }

            @Override
            public java.util.Map<Long, List<Credentials.Stored>> ofAll(java.util.Collection<Long> holderIds) {
                java.util.Map<Long, List<Credentials.Stored>> all = new java.util.HashMap<>();
                holderIds.forEach(holder -> all.put(holder, credentials.ofHolder(holder)));
                return all;
            }

            @Override
            public java.util.Set<String> suspendedBy(long organizationId) {
                return java.util.Set.copyOf(InMemoryContext.this.orgSuspensions.allStanding().stream()
                        .filter(s -> s.organizationId() == organizationId).map(s -> s.number()).toList());
            }
        };
        registry.store = credentials;
        registry.tierRules = tierRules;
        registry.standings = standings;
        registry.organizations = organizations;
        registry.audit = audit;
        registry.recognitions = recognitions;
        registry.orgSuspensions = orgSuspensions;
        registry.clock = clock;
        registry.self = registry;

        verification.registry = registry;
        verification.organizations = organizations;
        verification.audit = new VerificationAudit() {
            @Override
            public void record(VerificationCall call) {
                calls.add(call);
            }
        };
        verification.clock = clock;
        // the case rules as the content folder gives them: the same file the platform decides by
        verification.caseRules = new CaseRulesInForce();
        verification.caseRules.source = () -> new academy.anxin.credentials.infrastructure.CaseRulesReader()
                .read(java.nio.file.Path.of(System.getProperty("anxin.content.dir"))).rules();
    }

    /** A clock that stands still until a test moves it. */
    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /** Signs nothing: keeps what it was asked to sign and answers "signed:" and the credential's id. */
    static final class RecordingSigningKeys implements SigningKeys {

        final List<BadgeClaims> badges = new ArrayList<>();

        @Override
        public String signBadge(BadgeClaims claims) {
            badges.add(claims);
            return "signed:" + claims.credentialId();
        }

        @Override
        public String signStatusList(StatusListClaims claims) {
            return "signed:" + claims.id();
        }

        @Override
        public String publicJwkSetJson() {
            return "{\"keys\":[]}";
        }

        @Override
        public List<PublishedKey> all() {
            return List.of();
        }

        @Override
        public Rotation rotate() {
            throw new UnsupportedOperationException();
        }
    }
}

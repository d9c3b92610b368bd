package academy.anxin.credentials.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.credentials.domain.CaseCheck;
import academy.anxin.credentials.domain.CaseRequirement;
import academy.anxin.credentials.domain.CaseRules;
import academy.anxin.credentials.domain.CredentialKind;
import academy.anxin.credentials.domain.CredentialStatus;
import academy.anxin.kernel.domain.Endorsement;
import academy.anxin.kernel.domain.Tier;
import academy.anxin.practice.domain.Population;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case rules as shipped in {@code content/credentials/case-rules.yaml}, every risk level with every population:
 * the tier and endorsement each case needs, that a volunteer holding exactly those may take it and one short of
 * either may not, that imminent danger and the concerns go to the services named; and the reader's refusals.
 */
class CaseRulesTest {

    static final Path CONTENT = Path.of(System.getProperty("anxin.content.dir"));

    /** What the shipped file says, restated: the test fails if the file and this table drift apart. */
    static final Map<CaseRequirement.Risk, Tier> TIER = Map.of(CaseRequirement.Risk.LOW, Tier.L1,
            CaseRequirement.Risk.MEDIUM, Tier.L2, CaseRequirement.Risk.HIGH, Tier.L3);
    static final Map<Population, Endorsement> ENDORSEMENT = Map.of(Population.DISABILITY, Endorsement.DISABILITY,
            Population.DISASTER_OR_EPIDEMIC, Endorsement.DISASTER, Population.YOUTH, Endorsement.YOUTH,
            Population.OLDER_ADULTS, Endorsement.OLDER_ADULTS, Population.BEREAVED, Endorsement.BEREAVEMENT,
            Population.FRONTLINE_WORKERS, Endorsement.DISASTER);

    private final CaseRules rules = shipped();

    private static CaseRules shipped() {
        CaseRulesReader.Result read = new CaseRulesReader().read(CONTENT);
        assertEquals(List.of(), read.problems(), "the shipped case rules read cleanly");
        return read.rules();
    }

    private static CaseCheck.Held held(String number, CredentialKind kind) {
        return new CaseCheck.Held(number, kind, CredentialStatus.ACTIVE);
    }

    @Test
    void everyRiskLevelWithEveryPopulation() {
        for (CaseRequirement.Risk risk : CaseRequirement.Risk.values()) {
            for (Population population : Population.values()) {
                CaseRequirement asked = new CaseRequirement(null, Set.of(), risk, population, Set.of());
                CaseRules.Need need = rules.need(asked);
                String which = risk + " × " + population;
                assertEquals(List.of(), need.problems(), which);
                if (risk == CaseRequirement.Risk.IMMINENT) {
                    assertTrue(need.beyondVolunteers(), which);
                    assertEquals(List.of("EMERGENCY"), need.referTo().stream().map(CaseRules.Referral::code).toList());
                    CaseCheck.Decision even = CaseCheck.decide(rules, asked, List.of(held("a", CredentialKind.of(Tier.L4)),
                            held("b", CredentialKind.of(Endorsement.BEREAVEMENT))));
                    assertFalse(even.allowed(), "nobody may take " + which + ", not even an L4");
                    assertEquals(List.of("above what volunteers may take: refer to EMERGENCY (110 / 120)"),
                            even.reasons());
                    continue;
                }
                Tier tier = TIER.get(risk);
                Endorsement endorsement = ENDORSEMENT.get(population);
                assertEquals(tier, need.tier(), which);
                assertEquals(endorsement == null ? Set.of() : Set.of(endorsement), need.endorsements(), which);
                assertFalse(need.beyondVolunteers(), which);

                List<CaseCheck.Held> exactly = new ArrayList<>(List.of(held("t", CredentialKind.of(tier))));
                if (endorsement != null) {
                    exactly.add(held("e", CredentialKind.of(endorsement)));
                }
                assertTrue(CaseCheck.decide(rules, asked, exactly).allowed(), which + " with exactly what it needs");
                if (tier != Tier.L1) {
                    List<CaseCheck.Held> lowerTier = new ArrayList<>(exactly);
                    lowerTier.set(0, held("t", CredentialKind.of(Tier.values()[tier.ordinal() - 1])));
                    CaseCheck.Decision refused = CaseCheck.decide(rules, asked, lowerTier);
                    assertFalse(refused.allowed(), which + " with a tier too low");
                    assertTrue(refused.reasons().contains(tier + " required, holds " + Tier.values()[tier.ordinal() - 1]));
                }
                if (endorsement != null) {
                    CaseCheck.Decision refused = CaseCheck.decide(rules, asked, exactly.subList(0, 1));
                    assertFalse(refused.allowed(), which + " without the endorsement");
                    assertTrue(refused.reasons().contains(endorsement + " endorsement required, not held"));
                }
            }
        }
    }

    @Test
    void theQuickCheckAllowsExactlyWhatTheDecisionAllows() {
        List<List<CaseCheck.Held>> holdings = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            for (CredentialStatus status : CredentialStatus.values()) {
                for (Endorsement endorsement : Endorsement.values()) {
                    holdings.add(List.of(new CaseCheck.Held("t", CredentialKind.of(tier), status),
                            held("e", CredentialKind.of(endorsement))));
                    holdings.add(List.of(held("t", CredentialKind.of(tier)),
                            new CaseCheck.Held("e", CredentialKind.of(endorsement), status)));
                }
            }
        }
        holdings.add(List.of());
        for (CaseRequirement.Risk risk : CaseRequirement.Risk.values()) {
            for (Population population : Population.values()) {
                CaseRules.Need need = rules.need(new CaseRequirement(null, Set.of(), risk, population, Set.of()));
                for (List<CaseCheck.Held> held : holdings) {
                    assertEquals(CaseCheck.decide(need, held).allowed(), CaseCheck.allows(need, held),
                            risk + " × " + population + " with " + held);
                }
            }
        }
    }

    @Test
    void concernsGoToTheServicesNamedWhateverTheRisk() {
        Map<CaseRequirement.Concern, String> expected = Map.of(
                CaseRequirement.Concern.SEVERE_MENTAL_ILLNESS, "MENTAL_HEALTH",
                CaseRequirement.Concern.MEDICAL_EMERGENCY, "EMERGENCY",
                CaseRequirement.Concern.VIOLENCE_OR_ABUSE, "POLICE");
        expected.forEach((concern, referral) -> {
            CaseRules.Need need = rules.need(new CaseRequirement(null, Set.of(), CaseRequirement.Risk.LOW,
                    Population.GENERAL_PUBLIC, Set.of(concern)));
            assertTrue(need.beyondVolunteers(), concern.name());
            assertEquals(List.of(referral), need.referTo().stream().map(CaseRules.Referral::code).toList());
        });
        assertEquals(List.of("HOTLINE_12356"), rules.whenNobodyHereReferrals().stream()
                .map(CaseRules.Referral::code).toList());
    }

    @Test
    void theStricterTierOfMinimumAndRiskApplies() {
        assertEquals(Tier.L4, rules.need(new CaseRequirement(Tier.L4, Set.of(), CaseRequirement.Risk.HIGH)).tier());
        assertEquals(Tier.L3, rules.need(new CaseRequirement(Tier.L1, Set.of(), CaseRequirement.Risk.HIGH)).tier());
    }

    @Test
    void refusedRulesRefuseEveryCase() {
        CaseRequirement asked = new CaseRequirement(null, Set.of(), CaseRequirement.Risk.LOW, Population.GENERAL_PUBLIC,
                Set.of());
        CaseCheck.Decision decision = CaseCheck.decide(CaseRules.none(), asked,
                List.of(held("t", CredentialKind.of(Tier.L4))));
        assertFalse(decision.allowed());
        assertTrue(decision.reasons().get(0).startsWith("no case rule for"), decision.reasons().toString());
    }

    @Test
    void aFileMissingAPopulationOrNamingAnUnknownReferralIsRefusedWithItsLine(@TempDir Path root) throws IOException {
        String shippedText = Files.readString(CONTENT.resolve("credentials/case-rules.yaml"));
        Files.createDirectories(root.resolve("credentials"));
        Files.writeString(root.resolve("credentials/case-rules.yaml"), shippedText
                .replace("  OLDER_ADULTS: {endorsement: OLDER_ADULTS}\n", "")
                .replace("referTo: [POLICE]", "referTo: [POLICEX]"));
        CaseRulesReader.Result read = new CaseRulesReader().read(root);
        assertFalse(read.isValid());
        List<String> keys = read.problems().stream().map(p -> p.key()).toList();
        assertTrue(keys.contains("content.caseRules.missing"), keys.toString());
        assertTrue(keys.contains("content.caseRules.referral"), keys.toString());
        assertTrue(read.problems().stream().allMatch(p -> p.line() > 0), "each problem names its line");
        assertEquals(CaseRules.none(), read.rules());
    }

    @Test
    void theTierRulesReaderLeavesTheCaseRulesAlone() {
        assertTrue(new CredentialRulesReader().read(CONTENT).isValid());
    }
}

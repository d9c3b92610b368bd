package academy.anxin.dispatch.domain;

import academy.anxin.credentials.domain.CaseCheck;
import academy.anxin.credentials.domain.CredentialKind;
import academy.anxin.credentials.domain.CredentialStatus;
import java.time.Instant;
import java.util.List;

/**
 * One member of the organization as matching weighs them: the member id the organization knows them by, the
 * person, their credentials as the organization's own checks see them, and their approved experience with the
 * case's population.
 */
public record Member(long memberId, long personId, List<Credential> credentials, Experience experience) {

    public Member {
        credentials = List.copyOf(credentials);
        experience = experience == null ? Experience.NONE : experience;
    }

    /** The same member with their experience of a case's population. */
    public Member withExperience(Experience known) {
        return new Member(memberId, personId, credentials, known);
    }

    /** The credentials as credentials' {@code CaseCheck} weighs them. */
    public List<CaseCheck.Held> held() {
        List<CaseCheck.Held> held = new java.util.ArrayList<>(credentials.size());
        for (Credential credential : credentials) {
            held.add(credential.held());
        }
        return held;
    }

    /** A credential with what a dispatcher is told of it: number, kind, status and valid until. */
    public record Credential(String number, CredentialKind kind, CredentialStatus status, Instant validUntil)
            implements CaseCheck.Holding {

        CaseCheck.Held held() {
            return new CaseCheck.Held(number, kind, status);
        }
    }

    /**
     * Approved practice minutes with the case's population: at the case's risk level or above, with the population
     * at any risk, and by the case's channel.
     */
    public record Experience(long atRisk, long withPopulation, long inChannel) {

        public static final Experience NONE = new Experience(0, 0, 0);
    }
}

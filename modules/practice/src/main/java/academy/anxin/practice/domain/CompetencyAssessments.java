package academy.anxin.practice.domain;

import java.util.List;
import java.util.Optional;

/** Where competency assessments are kept; they are added, never changed. */
public interface CompetencyAssessments {

    CompetencyAssessment add(CompetencyAssessment assessment);

    Optional<CompetencyAssessment> byId(long id);

    /** The reversal of an assessment, if it has one. */
    Optional<CompetencyAssessment> reversalOf(long id);

    /** A volunteer's assessments and their reversals, newest observation first. */
    List<CompetencyAssessment> ofVolunteer(long volunteerId);

    /** The assessments this supervisor recorded, newest first, at most {@code limit}. */
    List<CompetencyAssessment> recordedBy(long assessorId, int limit);
}

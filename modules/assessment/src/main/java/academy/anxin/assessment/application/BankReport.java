package academy.anxin.assessment.application;

import academy.anxin.assessment.domain.BankImport;
import academy.anxin.kernel.domain.ContentProblem;
import java.util.List;

/**
 * What an import of exams or of a question bank did: the exam and item versions added ("EXAM-L1 v2",
 * "L1-ETH-001 v3"), how many were unchanged, the questions it could not take (listed, never dropped in silence),
 * notes worth reading (such as competencies no blueprint draws), and, when refused, every problem: then nothing
 * was written.
 */
public record BankReport(List<String> added, int unchanged, List<BankImport.Unsupported> unsupported,
                         List<String> notes, List<ContentProblem> problems) implements java.io.Serializable {

    public BankReport {
        added = List.copyOf(added);
        unsupported = List.copyOf(unsupported);
        notes = List.copyOf(notes);
        problems = List.copyOf(problems);
    }

    static BankReport refused(List<ContentProblem> problems, List<BankImport.Unsupported> unsupported) {
        return new BankReport(List.of(), 0, unsupported, List.of(), problems);
    }

    BankReport with(List<BankImport.Unsupported> unsupported, List<String> notes) {
        return new BankReport(added, unchanged, unsupported, notes, problems);
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }
}

package academy.anxin.assessment.application;

import academy.anxin.assessment.domain.BankImport;
import academy.anxin.assessment.domain.BankItem;
import academy.anxin.assessment.domain.Exam;
import academy.anxin.assessment.domain.Exams;
import academy.anxin.assessment.domain.StoredItem;
import academy.anxin.assessment.infrastructure.ExamBankReader;
import academy.anxin.assessment.infrastructure.GiftReader;
import academy.anxin.assessment.infrastructure.MoodleXmlReader;
import academy.anxin.assessment.infrastructure.MoodleXmlWriter;
import academy.anxin.kernel.domain.ContentProblem;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Imports exam banks: the platform's own ({@code exams/} of a content folder, or the copy bundled in the build),
 * validated whole before anything is written; and question banks agencies already hold, in Moodle XML or GIFT,
 * added to one exam's bank with every question it could not take listed. Exports a bank as Moodle XML.
 */
@ApplicationScoped
public class ExamImport {

    /** The exam banks of {@code content/exams} as the build packed them into this module. */
    public static final String BUNDLED = "/academy/anxin/assessment/exams.zip";
    /** Question banks larger than this are refused before reading. */
    public static final int LARGEST_BANK = 5 * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(ExamImport.class.getName());

    public enum Format { MOODLE_XML, GIFT }

    @Inject
    BankWriter writer;

    @Inject
    Exams exams;

    private final ExamBankReader reader = new ExamBankReader();

    /** Imports every exam under {@code root/exams}; a folder without exams imports nothing. */
    public BankReport importFolder(Path root, String actor) {
        List<BankWriter.Batch> batches = new ArrayList<>();
        List<ContentProblem> problems = new ArrayList<>();
        List<BankImport.Unsupported> unsupported = new ArrayList<>();
        List<Path> folders = ExamBankReader.exams(root);
        List<ExamBankReader.ExamBank> banks = reader.readAll(root);
        for (int i = 0; i < banks.size(); i++) {
            ExamBankReader.ExamBank bank = banks.get(i);
            problems.addAll(bank.problems());
            unsupported.addAll(bank.unsupported());
            if (bank.isValid()) {
                batches.add(new BankWriter.Batch(bank.blueprint().examCode(), bank.definition(), bank.items(),
                        BankWriter.CONTENT, "exams/" + folders.get(i).getFileName() + "/"));
            }
        }
        if (!problems.isEmpty()) {
            return BankReport.refused(problems, unsupported);
        }
        try {
            BankReport report = writer.write(batches, actor).with(unsupported, List.of());
            if (!unsupported.isEmpty()) {
                LOG.warning(() -> "exam import: questions not imported (type not supported):\n" + String.join("\n",
                        unsupported.stream().map(u -> "  " + u.name() + " (" + u.type() + ", line " + u.line() + ")")
                                .toList()));
            }
            LOG.info(() -> "exam import by " + actor + ": " + report.added().size() + " added, "
                    + report.unchanged() + " unchanged");
            return report;
        } catch (BankRefused refused) {
            return BankReport.refused(refused.problems(), unsupported);
        }
    }

    /** The exam banks bundled with the platform; empty when this build carries none. */
    public BankReport importBundled(String actor) {
        InputStream bundled = ExamImport.class.getResourceAsStream(BUNDLED);
        if (bundled == null) {
            return new BankReport(List.of(), 0, List.of(), List.of(), List.of());
        }
        Path file = null;
        try (bundled) {
            file = Files.createTempFile("anxin-exams-", ".zip");
            Files.copy(bundled, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (FileSystem zip = FileSystems.newFileSystem(file)) {
                return importFolder(zip.getPath("/"), actor);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    /**
     * Adds a Moodle XML or GIFT bank to an exam's bank, as drafts that wait for a platform admin's activation
     * ({@link BankReview}). Items get ids from {@code prefix}; the same bank in the other language, with the same
     * prefix, completes their translation. Questions of types the platform does not grade are listed in the
     * report, and questions whose competency the blueprint does not draw are noted (they are stored, but not drawn
     * until the blueprint names it).
     */
    public BankReport importBank(String examCode, Format format, byte[] file, Language language, String prefix,
                                 String actor) {
        Exam exam = exams.exam(examCode).orElseThrow(() -> new DomainException("exam", "assessment.exam.unknown",
                examCode));
        if (file.length > LARGEST_BANK) {
            throw new DomainException("file", "assessment.bank.tooLarge", LARGEST_BANK / 1024 / 1024);
        }
        if (prefix == null || !prefix.matches("[A-Z0-9][A-Z0-9-]{0,19}")) {
            throw new DomainException("prefix", "assessment.bank.prefix");
        }
        BankImport read = format == Format.GIFT
                ? GiftReader.read(new String(file, StandardCharsets.UTF_8), language, prefix)
                : MoodleXmlReader.read(new ByteArrayInputStream(file), language, prefix);
        if (!read.problems().isEmpty()) {
            return BankReport.refused(read.problems().stream()
                    .map(p -> new ContentProblem(format.name(), 0, null, "content.bank.problem", p)).toList(),
                    read.unsupported());
        }
        Set<String> drawn = exam.blueprint().draw().keySet();
        List<String> notes = read.items().stream().map(i -> i.competencies().get(0))
                .filter(c -> !drawn.contains(c)).distinct()
                .map(c -> "competency \"" + c + "\" is not drawn by " + examCode + "'s blueprint").toList();
        try {
            return writer.write(List.of(new BankWriter.Batch(examCode, null, read.items(), format.name()
                    .toLowerCase(java.util.Locale.ROOT), format.name(), language)), actor).with(read.unsupported(), notes);
        } catch (BankRefused refused) {
            return BankReport.refused(refused.problems(), read.unsupported());
        }
    }

    /** The current bank of an exam as Moodle XML, in one language. */
    @Transactional
    public String exportMoodle(String examCode, Language language) {
        exams.exam(examCode).orElseThrow(() -> new DomainException("exam", "assessment.exam.unknown", examCode));
        List<BankItem> items = exams.current(examCode).stream().map(StoredItem::toBankItem).toList();
        return MoodleXmlWriter.write(items, language);
    }
}

package academy.anxin.assessment.application;

import academy.anxin.assessment.domain.BankItem;
import academy.anxin.assessment.domain.Exam;
import academy.anxin.assessment.domain.ExamDefinition;
import academy.anxin.assessment.domain.Exams;
import academy.anxin.assessment.domain.ItemSizes;
import academy.anxin.assessment.domain.StoredItem;
import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AuditRecord;
import academy.anxin.kernel.domain.ContentProblem;
import academy.anxin.kernel.domain.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes read banks in one transaction. An unchanged exam or item (same fingerprint) is skipped; a higher version
 * is added and the older one stops being drawn; the same version with other content is refused, since attempts
 * that saw it must keep meaning what they meant. Items of the platform's own files that the files no longer hold
 * stop being drawn; items brought in from Moodle or GIFT are left alone by that. Items in one language (every
 * Moodle or GIFT bank) are stored as drafts; the same bank read in the other language completes them: the same
 * question with the same key becomes their next version, in both languages, still a draft.
 */
@ApplicationScoped
public class BankWriter {

    static final String CONTENT = "content";

    @Inject
    Exams exams;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * One exam's definition (absent when items are added to an existing exam) and the items to store;
     * {@code language}: the one language of a bank written in one (absent for the platform's own, bilingual files).
     */
    record Batch(String examCode, ExamDefinition definition, List<BankItem> items, String source, String file,
                 Language language) {

        Batch(String examCode, ExamDefinition definition, List<BankItem> items, String source, String file) {
            this(examCode, definition, items, source, file, null);
        }

        /** Only the platform's own bilingual items are written reviewed; anything from another bank waits. */
        boolean drafts(BankItem item) {
            return !CONTENT.equals(source) || item.needsTranslation();
        }
    }

    @Transactional
    public BankReport write(List<Batch> batches, String actor) {
        List<ContentProblem> oversized = oversized(batches);
        if (!oversized.isEmpty()) {
            throw new BankRefused(oversized); // before anything is written: the database would only say "Data too long"
        }
        Instant now = clock.instant();
        List<String> added = new ArrayList<>();
        List<ContentProblem> problems = new ArrayList<>();
        int unchanged = 0;
        for (Batch batch : batches) {
            if (batch.definition() != null) {
                unchanged += exam(batch, now, added, problems);
            }
            unchanged += items(batch, now, added, problems);
        }
        if (!problems.isEmpty()) {
            throw new BankRefused(problems);
        }
        if (!added.isEmpty()) {
            audit.record(new AuditRecord(actor, "EXAM_BANK_IMPORTED", "exams",
                    String.join(", ", added.subList(0, Math.min(added.size(), 20)))
                            + (added.size() > 20 ? " and " + (added.size() - 20) + " more" : ""), null));
        }
        return new BankReport(added, unchanged, List.of(), List.of(), List.of());
    }

    /** Every field of every item that its row could not hold, named by item and field. */
    private static List<ContentProblem> oversized(List<Batch> batches) {
        List<ContentProblem> problems = new ArrayList<>();
        for (Batch batch : batches) {
            for (BankItem item : batch.items()) {
                for (ItemSizes.Oversized field : ItemSizes.oversized(item)) {
                    problems.add(new ContentProblem(batch.file(), 0, item.id(),
                            field.bytes() ? "content.item.tooLong" : "content.item.tooLongCharacters",
                            item.id(), field.field(), field.limit()));
                }
            }
        }
        return problems;
    }

    private int exam(Batch batch, Instant now, List<String> added, List<ContentProblem> problems) {
        ExamDefinition definition = batch.definition();
        String fingerprint = fingerprint(definition.toString());
        Optional<Exam> existing = exams.exam(batch.examCode());
        if (existing.isEmpty()) {
            exams.add(new Exam(definition, fingerprint, now));
        } else if (existing.get().fingerprint().equals(fingerprint)) {
            return 1;
        } else if (existing.get().version() >= definition.version()) {
            problems.add(new ContentProblem(batch.file(), 0, "version", "content.exam.versionChanged",
                    existing.get().version()));
            return 0;
        } else {
            existing.get().update(definition, fingerprint, now);
        }
        added.add(batch.examCode() + " v" + definition.version());
        return 0;
    }

    private int items(Batch batch, Instant now, List<String> added, List<ContentProblem> problems) {
        if (exams.exam(batch.examCode()).isEmpty()) {
            return 0;
        }
        Map<String, List<StoredItem>> stored = exams.items(batch.examCode()).stream()
                .collect(Collectors.groupingBy(StoredItem::itemCode));
        int unchanged = 0;
        Set<String> seen = new HashSet<>();
        for (BankItem item : batch.items()) {
            seen.add(item.id());
            String fingerprint = fingerprint(item.toString());
            List<StoredItem> versions = stored.getOrDefault(item.id(), List.of());
            Optional<StoredItem> same = versions.stream().filter(v -> v.version() == item.version()).findFirst();
            Optional<StoredItem> newest = versions.stream().max(Comparator.comparingInt(StoredItem::version));
            int highest = newest.map(StoredItem::version).orElse(0);
            if (same.isPresent() && same.get().fingerprint().equals(fingerprint)) {
                unchanged++;
            } else if (batch.language() != null && item.needsTranslation() && newest.isPresent()) {
                unchanged += translation(batch, item, newest.get(), versions, now, added, problems);
            } else if (same.isPresent() || item.version() < highest) {
                problems.add(new ContentProblem(batch.file(), 0, item.id(), "content.exam.itemChanged", item.id(),
                        item.version()));
            } else {
                versions.forEach(StoredItem::retire);
                exams.add(new StoredItem(batch.examCode(), item, batch.source(), fingerprint, batch.drafts(item),
                        batch.language(), now));
                added.add(item.id() + " v" + item.version());
            }
        }
        if (CONTENT.equals(batch.source())) {
            stored.forEach((code, versions) -> versions.stream()
                    .filter(v -> CONTENT.equals(v.source()) && v.isCurrent() && !seen.contains(code))
                    .forEach(StoredItem::retire));
        }
        return unchanged;
    }

    /**
     * A one-language item whose id is stored already: unchanged (1) when the stored newest version reads the same
     * in that language; its translation when that version waits for one in this language; refused otherwise.
     */
    private int translation(Batch batch, BankItem item, StoredItem newest, List<StoredItem> versions, Instant now,
                            List<String> added, List<ContentProblem> problems) {
        BankItem stored = newest.toBankItem();
        if (stored.sameIn(batch.language(), item)) {
            return 1;
        }
        Optional<BankItem> translated = newest.isCurrent() && newest.writtenIn()
                .filter(written -> written != batch.language()).isPresent()
                ? stored.translatedBy(item, batch.language()) : Optional.empty();
        if (translated.isEmpty()) {
            problems.add(new ContentProblem(batch.file(), 0, item.id(), "content.exam.itemChanged", item.id(),
                    item.version()));
            return 0;
        }
        versions.forEach(StoredItem::retire);
        exams.add(new StoredItem(batch.examCode(), translated.get(), batch.source(),
                fingerprint(translated.get().toString()), true, now));
        added.add(item.id() + " v" + translated.get().version());
        return 0;
    }

    static String fingerprint(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

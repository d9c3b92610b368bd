package academy.anxin.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.List;

/** One drawn position of an attempt: the item version shown there and the order its options were shown in. */
@Embeddable
public class AttemptItem {

    @Column(name = "item_id")
    private long itemId;
    @Enumerated(EnumType.STRING)
    @Column(name = "item_type")
    private ItemType itemType;
    @Column(name = "option_order")
    private String optionOrder;
    private Boolean correct;

    protected AttemptItem() {
    }

    public AttemptItem(long itemId, ItemType itemType, List<Integer> optionOrder) {
        this.itemId = itemId;
        this.itemType = itemType;
        this.optionOrder = Answers.format(optionOrder);
    }

    void mark(boolean right) {
        this.correct = right;
    }

    public long itemId() {
        return itemId;
    }

    public ItemType itemType() {
        return itemType;
    }

    /**
     * The answer given on the page (shown option indices: the one chosen, the ones chosen, or the shown options in
     * the order the volunteer put them) in the item's own indices; refused when it is not an answer to this item.
     * An empty answer clears the position.
     */
    public List<Integer> toItemAnswer(List<Integer> shown) {
        List<Integer> order = optionOrder();
        if (shown.stream().anyMatch(i -> i == null || i < 0 || i >= order.size())
                || new java.util.HashSet<>(shown).size() != shown.size()) {
            throw new academy.anxin.kernel.domain.DomainException("answer", "assessment.answer.invalid");
        }
        boolean fits = shown.isEmpty() || switch (itemType) {
            case SINGLE, TRUE_FALSE -> shown.size() == 1;
            case MULTIPLE -> true;
            case ORDERING -> shown.size() == order.size();
        };
        if (!fits) {
            throw new academy.anxin.kernel.domain.DomainException("answer", "assessment.answer.invalid");
        }
        return shown.stream().map(order::get).toList();
    }

    /** A saved answer (item indices) as the page shows it (shown indices). */
    public List<Integer> toShown(List<Integer> itemAnswer) {
        List<Integer> order = optionOrder();
        return itemAnswer.stream().map(order::indexOf).toList();
    }

    public List<Integer> optionOrder() {
        return Answers.parse(optionOrder);
    }

    public Boolean correct() {
        return correct;
    }
}

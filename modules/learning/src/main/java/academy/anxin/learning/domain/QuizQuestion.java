package academy.anxin.learning.domain;

import academy.anxin.kernel.domain.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** One question of a checkpoint quiz: a prompt, options, the index of the right one, and why it is right. */
@Entity
@Table(name = "lrn_quiz_question")
public class QuizQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "lesson_id")
    private Lesson lesson;

    @Column(name = "position", nullable = false)
    private int position;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "prompt_zh")),
        @AttributeOverride(name = "en", column = @Column(name = "prompt_en"))})
    private LocalizedText prompt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lrn_quiz_option", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    private List<LocalizedText> options = new ArrayList<>();

    @Column(name = "answer", nullable = false)
    private int answer;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "zh", column = @Column(name = "explanation_zh")),
        @AttributeOverride(name = "en", column = @Column(name = "explanation_en"))})
    private LocalizedText explanation;

    protected QuizQuestion() {
        // for JPA
    }

    public QuizQuestion(LocalizedText prompt, List<LocalizedText> options, int answer, LocalizedText explanation) {
        if (answer < 0 || answer >= options.size()) {
            throw new IllegalArgumentException("answer " + answer + " is not one of " + options.size() + " options");
        }
        this.prompt = prompt;
        this.options = new ArrayList<>(options);
        this.answer = answer;
        this.explanation = explanation;
    }

    void placeIn(Lesson owner, int at) {
        this.lesson = owner;
        this.position = at;
    }

    public LocalizedText prompt() {
        return prompt;
    }

    public List<LocalizedText> options() {
        return List.copyOf(options);
    }

    public int answer() {
        return answer;
    }

    public LocalizedText explanation() {
        return explanation;
    }
}

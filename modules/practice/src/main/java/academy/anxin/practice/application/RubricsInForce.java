package academy.anxin.practice.application;

import academy.anxin.practice.domain.Rubrics;
import academy.anxin.practice.domain.RubricsSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The rubrics in force, as the content gives them: read once and kept. Rubrics with a problem are refused whole,
 * so that no assessment is scored on a half-read rubric.
 */
@ApplicationScoped
public class RubricsInForce {

    @Inject
    RubricsSource source;

    private volatile Rubrics rubrics;

    public Rubrics rubrics() {
        Rubrics current = rubrics;
        if (current == null) {
            synchronized (this) {
                if (rubrics == null) {
                    rubrics = source.read();
                }
                current = rubrics;
            }
        }
        return current;
    }

    /** Reads the rubrics again (after the content changed). */
    public synchronized void reload() {
        rubrics = source.read();
    }
}

package academy.anxin.learning.application;

/**
 * The curriculum this node serves changed: an import through this node or another moved the content generation on
 * to {@code generation}. Fired once per generation a node sees, for whatever it keeps derived from the content.
 */
public record ContentChanged(long generation) {
}

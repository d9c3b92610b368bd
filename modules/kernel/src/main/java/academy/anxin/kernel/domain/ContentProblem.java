package academy.anxin.kernel.domain;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Something wrong in a content file: which file (relative to the content folder), the line when it is known (from
 * 1; 0 when the file as a whole is at fault), the field, and the reason as a message key with its arguments.
 */
public record ContentProblem(String file, int line, String field, String key, List<Object> arguments)
        implements Serializable {

    private static final String BUNDLE = "academy.anxin.kernel.content-problems";

    /** The arguments kept as given when they serialize (strings, numbers), else as their text: a report of problems
     * can be held in a replicated session. */
    public ContentProblem {
        arguments = List.copyOf(arguments.stream()
                .map(a -> a == null || a instanceof Serializable ? a : (Object) a.toString()).toList());
    }

    public ContentProblem(String file, int line, String field, String key, Object... arguments) {
        this(file, line, field, key, List.of(arguments));
    }

    /** The reason in the reader's language, e.g. "answer 4 is not one of the 4 options (counted from 0)". */
    public String reason(Language language) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.locale());
        return new MessageFormat(bundle.getString(key), language.locale()).format(arguments.toArray());
    }

    /** "courses/L1-PFA/course.yaml:12 (modules[0].lessons[2].answer): reason". */
    public String describe(Language language) {
        return file + (line > 0 ? ":" + line : "") + (field == null ? "" : " (" + field + ")") + ": " + reason(language);
    }

    @Override
    public String toString() {
        return describe(Language.EN);
    }
}

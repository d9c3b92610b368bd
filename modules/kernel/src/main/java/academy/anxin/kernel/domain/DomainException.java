package academy.anxin.kernel.domain;

import java.util.List;

/**
 * A rule of the domain refused what was asked. It carries a message key (resolved in the user's language by the
 * web and API layers) and the arguments for that message, never a sentence: the domain does not know the reader.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> arguments;
    private final String field;

    public DomainException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    /** A refusal that concerns one input field, so a form can show it next to that field. */
    public DomainException(String field, String messageKey, Object... arguments) {
        super(messageKey + (field == null ? "" : " [" + field + "]"));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The input field at fault, or {@code null} when the refusal concerns the whole request. */
    public String field() {
        return field;
    }
}

package academy.anxin.web.http;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A view parameter that names a record by its id ({@code ?org=12}, {@code ?person=}, {@code ?attempt=}): anything
 * but a positive whole number ({@code ?org=abc}, {@code -1}, {@code 1e3}, a number past {@code Long}) is answered
 * with the "bad address" page and status 400, on the first visit and on a postback alike, instead of JSF's
 * conversion error on a page that then loads nothing. A well-formed id is the page's to check (403 when it is not
 * the reader's). Empty stays null, which the page refuses as it always did.
 * <pre>{@code <f:viewParam name="org" value="#{membersPage.org}" converter="idParameter"/>}</pre>
 */
@FacesConverter("idParameter")
public class IdParameter implements Converter<Long> {

    /** The longest id there is: {@code Long.MAX_VALUE} has 19 digits. */
    private static final int DIGITS = 19;

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        Long id = parse(value);
        if (id == null) {
            try {
                ErrorPage.answer(400, "not an id: " + component.getAttributes().get("name"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return id;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }

    /** The id, or null when the text is not a positive whole number in plain digits. */
    static Long parse(String text) {
        if (text.length() > DIGITS || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        try {
            long id = Long.parseLong(text);
            return id > 0 ? id : null;
        } catch (NumberFormatException tooLarge) {
            return null;
        }
    }
}

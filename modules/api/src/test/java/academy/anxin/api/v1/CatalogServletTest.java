package academy.anxin.api.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import academy.anxin.kernel.domain.Language;
import org.junit.jupiter.api.Test;

/** The catalog's language parameter and its conditional requests. */
class CatalogServletTest {

    private static final String TAG = "\"0123456789abcdef0123456789abcdef\"";

    @Test
    void aClientHoldingTheListGetsNotModifiedByAnyOfItsTags() {
        assertTrue(CatalogServlet.held(TAG, TAG));
        assertTrue(CatalogServlet.held("W/" + TAG, TAG), "weak comparison, as RFC 9110 asks for If-None-Match");
        assertTrue(CatalogServlet.held("\"older\", " + TAG, TAG));
        assertTrue(CatalogServlet.held("*", TAG));
    }

    @Test
    void anotherTagOrNoneGetsTheList() {
        assertFalse(CatalogServlet.held(null, TAG));
        assertFalse(CatalogServlet.held("\"older\"", TAG));
        assertFalse(CatalogServlet.held("0123456789abcdef0123456789abcdef", TAG), "a tag is quoted");
    }

    @Test
    void zhByDefaultEnOnRequestAnythingElseRefused() {
        assertEquals(Language.ZH, CatalogServlet.language(null));
        assertEquals(Language.ZH, CatalogServlet.language("zh-CN"));
        assertEquals(Language.EN, CatalogServlet.language("EN"));
        assertNull(CatalogServlet.language("fr"));
    }
}

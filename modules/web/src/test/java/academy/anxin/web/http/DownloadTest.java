package academy.anxin.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The file name a download is saved under, as RFC 6266 and RFC 8187 have browsers and older clients read it. */
class DownloadTest {

    @Test
    void anAsciiNameIsTheSameBothWays() {
        assertEquals("attachment; filename=\"practice-log.csv\"; filename*=UTF-8''practice-log.csv",
                Download.contentDisposition("practice-log.csv"));
    }

    @Test
    void aChineseNameIsPercentEncodedAsUtf8WithAnAsciiFallback() {
        assertEquals("attachment; filename=\"__-log.csv\"; filename*=UTF-8''%E5%AE%9E%E8%B7%B5-log.csv",
                Download.contentDisposition("实践-log.csv"));
    }

    @Test
    void quotesBackslashesSpacesAndControlsCannotBreakTheHeader() {
        assertEquals("attachment; filename=\"a_b_ c_d.xml\"; filename*=UTF-8''a%22b%5C%20c%0Ad.xml",
                Download.contentDisposition("a\"b\\ c\nd.xml"));
    }
}

package academy.anxin.web.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** An organization's public listing as its admin applies for it and the platform admin verifies it, by the pages. */
public final class Listings {

    /** A valid unified social credit code (GB 32100 check character); codes need not be unique between listings. */
    public static final String CREDIT_CODE = "91420100MA4K00000Q";

    private Listings() {
    }

    /** The organization admin (logged in) applies: a hotline for the bereaved, youth and the public, in Mandarin. */
    public static void apply(Browser admin, long organizationId, String name, String region) {
        admin.open("/app/org/listing.xhtml?org=" + organizationId);
        admin.type("listing:legalName", name).type("listing:creditCode", CREDIT_CODE).type("listing:region", region);
        new Select(admin.find("listing:kind")).selectByValue("HOTLINE");
        WebElement form = admin.find("listing");
        form.findElements(By.cssSelector("input[id$=':0:hotline']")).get(0).sendKeys("027-8584" + region.substring(2));
        form.findElements(By.cssSelector("input[id$=':0:hours']")).get(0).sendKeys("每天 8:00-22:00");
        for (String value : List.of("BEREAVED", "YOUTH", "GENERAL_PUBLIC", "MANDARIN")) {
            form.findElement(By.cssSelector("input[data-value='" + value + "']")).click();
        }
        admin.submit("listing:submit");
        assertTrue(admin.has("listing-waiting"), admin.page());
    }

    /** The platform admin (logged in, Chinese pages) verifies the organization's waiting application. */
    public static void verify(Browser platform, long organizationId) {
        platform.open("/admin/listings.xhtml");
        platform.submit(platform.find("listing-" + organizationId)
                .findElement(By.cssSelector("input[type=submit][value='核验通过']")));
    }
}

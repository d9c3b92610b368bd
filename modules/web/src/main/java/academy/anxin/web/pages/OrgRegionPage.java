package academy.anxin.web.pages;

import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.application.OrganizationView;
import academy.anxin.kernel.domain.AccessDenied;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.services.application.ListingService;
import academy.anxin.services.domain.ListingDetails;
import academy.anxin.web.i18n.Texts;
import academy.anxin.web.security.CurrentUser;
import academy.anxin.web.security.PageAccess;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;

/**
 * app/org/region.xhtml?org=N, for the organization's admins: the administrative division it serves in (GB/T 2260
 * code), which decides which regional coordinators see it. Until one is set, the form offers the region of the
 * organization's public listing, if it has one. Anyone else gets 403.
 */
@Named
@ViewScoped
public class OrgRegionPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("region", "place:region");

    @Inject
    transient OrganizationService organizations;

    @Inject
    transient ListingService listings;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private Long org;
    private OrganizationView organization;
    private String region;
    private boolean fromListing;

    public void load() throws IOException {
        PageAccess.orForbidden(() -> {
            organization = currentUser.administeredOrganization(org);
            region = organization.regionCode();
            if (region == null) {
                suggestFromListing();
            }
        });
    }

    /** The region of the organization's public listing, if it has one and the caller may read it. */
    private void suggestFromListing() {
        try {
            ListingDetails listed = listings.ofOrganization(currentUser.caller(), org).latest();
            if (listed != null) {
                region = listed.region().text();
                fromListing = true;
            }
        } catch (AccessDenied listingsAreTheAdminsOwn) {
            // a platform admin sets the region without the suggestion: listings are the organization's admins' own
        }
    }

    public void save() {
        try {
            organizations.placeIn(currentUser.caller(), org, region);
            organization = currentUser.administeredOrganization(org);
            region = organization.regionCode();
            fromListing = false;
            texts.info(texts.text("orgRegion.saved", region));
        } catch (DomainException refused) {
            texts.show(refused, FIELDS);
        }
    }

    public OrganizationView getOrganization() {
        return organization;
    }

    public boolean isFromListing() {
        return fromListing;
    }

    public Long getOrg() {
        return org;
    }

    public void setOrg(Long org) {
        this.org = org;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}

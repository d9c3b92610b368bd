package academy.anxin.web.services;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.services.application.ListingService;
import academy.anxin.services.application.ListingView;
import academy.anxin.web.i18n.Texts;
import academy.anxin.web.security.CurrentUser;
import academy.anxin.web.security.PageAccess;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * admin/listings.xhtml, for platform admins: listings waiting for verification first (the waiting version beside
 * the public one), each verified or refused with a reason; a listed entry may be withdrawn with a reason. The
 * decision names the version the admin read, so a version replaced meanwhile is refused, not decided unseen.
 */
@Named
@ViewScoped
public class ListingAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ListingService listings;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private List<ListingView> all;
    private final Map<Long, String> reasons = new HashMap<>();

    public void load() throws IOException {
        PageAccess.orForbidden(this::refresh);
    }

    private void refresh() {
        all = listings.all(currentUser.caller());
    }

    public void verify(ListingView listing) {
        decide(listing, () -> listings.verify(currentUser.caller(), listing.organizationId(),
                listing.pendingVersionId()), "listing.verified");
    }

    public void refuse(ListingView listing) {
        decide(listing, () -> listings.refuse(currentUser.caller(), listing.organizationId(),
                listing.pendingVersionId(), reasons.get(listing.organizationId())), "listing.refused");
    }

    public void withdraw(ListingView listing) {
        decide(listing, () -> listings.withdraw(currentUser.caller(), listing.organizationId(),
                reasons.get(listing.organizationId())), "listing.withdrawn");
    }

    private void decide(ListingView listing, Runnable decision, String done) {
        try {
            decision.run();
            texts.info(texts.text(done, listing.organizationNameZh()));
            reasons.remove(listing.organizationId());
        } catch (DomainException refused) {
            texts.show(refused, Map.of());
        }
        refresh();
    }

    public List<ListingView> getAll() {
        return all;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}

package academy.anxin.web.pages;

import academy.anxin.identity.application.InvitationOffer;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.web.i18n.LanguageChoice;
import academy.anxin.web.i18n.Texts;
import academy.anxin.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The invitations section of app/home.xhtml: organizations that invited the logged-in person's email, which they
 * accept (and become a member with the roles offered) or decline. Nobody joins an organization without this.
 */
@Named
@RequestScoped
public class InvitationsPanel {

    private static final String HOME = "/app/home?faces-redirect=true";

    @Inject
    OrganizationService organizations;

    @Inject
    CurrentUser currentUser;

    @Inject
    LanguageChoice language;

    @Inject
    Texts texts;

    private List<InvitationOffer> offers;

    public List<InvitationOffer> getOffers() {
        if (offers == null) {
            offers = organizations.invitationsFor(currentUser.caller());
        }
        return offers;
    }

    /** Accepts; back to the home page, whose list of organizations now holds the new one. */
    public String accept(InvitationOffer offer) {
        try {
            organizations.accept(currentUser.caller(), offer.id());
            texts.infoAfterRedirect(texts.text("invitation.accepted", name(offer)));
            return HOME;
        } catch (DomainException refused) {
            texts.show(refused, Map.of());
            offers = null;
            return null;
        }
    }

    public String decline(InvitationOffer offer) {
        try {
            organizations.decline(currentUser.caller(), offer.id());
            texts.infoAfterRedirect(texts.text("invitation.declined", name(offer)));
            return HOME;
        } catch (DomainException refused) {
            texts.show(refused, Map.of());
            offers = null;
            return null;
        }
    }

    private String name(InvitationOffer offer) {
        return language.isEnglish() ? offer.organization().nameEn() : offer.organization().nameZh();
    }
}

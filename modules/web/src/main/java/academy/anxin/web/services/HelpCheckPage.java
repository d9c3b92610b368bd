package academy.anxin.web.services;

import academy.anxin.services.application.Directory;
import academy.anxin.services.application.PublicCheck;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * help-check.xhtml (/help/check/{id}): what the "verified by the platform" mark links to, read live: the
 * organization's listing is verified (since when, with its entry), or it is not listed, refused or withdrawn. A
 * number no organization has is a 404 that says so.
 */
@Named
@RequestScoped
public class HelpCheckPage {

    @Inject
    Directory directory;

    private String id;
    private PublicCheck check;

    public void load() {
        if (id != null && id.matches("[0-9]{1,18}")) {
            check = directory.check(Long.parseLong(id)).orElse(null);
        }
        if (check == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public PublicCheck getCheck() {
        return check;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id == null ? null : id.strip();
    }
}

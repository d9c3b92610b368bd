package academy.anxin.web.pages;

import academy.anxin.identity.application.FoundedOrganization;
import academy.anxin.identity.application.OrganizationFounding;
import academy.anxin.identity.application.OrganizationService;
import academy.anxin.identity.application.OrganizationView;
import academy.anxin.identity.domain.OrganizationKind;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.web.i18n.Texts;
import academy.anxin.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** admin/organizations.xhtml: the platform admin lists organizations and founds new ones with their first admin. */
@Named
@ViewScoped
public class OrganizationsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("nameZh", "found:nameZh", "nameEn", "found:nameEn",
            "kind", "found:kind", "region", "found:region", "email", "found:adminEmail", "name", "found:adminName");

    @Inject
    OrganizationService organizations;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private List<OrganizationView> all;
    private String nameZh;
    private String nameEn;
    private OrganizationKind kind;
    private String region;
    private String adminEmail;
    private String adminName;
    private FoundedOrganization founded;

    @PostConstruct
    void load() {
        all = organizations.all(currentUser.caller());
    }

    public void found() {
        try {
            founded = organizations.found(currentUser.caller(),
                    new OrganizationFounding(nameZh, nameEn, kind, region, adminEmail, adminName));
            texts.info(texts.text("organizations.founded", nameZh));
            nameZh = nameEn = region = adminEmail = adminName = null;
            kind = null;
            load();
        } catch (DomainException refused) {
            founded = null;
            texts.show(refused, FIELDS);
        }
    }

    public OrganizationKind[] getKinds() {
        return OrganizationKind.values();
    }

    public List<OrganizationView> getAll() {
        return all;
    }

    public FoundedOrganization getFounded() {
        return founded;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public OrganizationKind getKind() {
        return kind;
    }

    public void setKind(OrganizationKind kind) {
        this.kind = kind;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    public String getAdminName() {
        return adminName;
    }

    public void setAdminName(String adminName) {
        this.adminName = adminName;
    }
}

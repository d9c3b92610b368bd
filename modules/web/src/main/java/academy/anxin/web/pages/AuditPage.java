package academy.anxin.web.pages;

import academy.anxin.kernel.application.AuditTrail;
import academy.anxin.kernel.domain.AuditChain;
import academy.anxin.kernel.domain.AuditEvent;
import academy.anxin.web.i18n.Texts;
import academy.anxin.web.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** admin/audit.xhtml: the newest audit entries and a check of the whole hash chain (platform admins only). */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Texts texts;

    private transient List<AuditEvent> latest;
    private AuditChain.ChainCheck check;

    @PostConstruct
    void load() {
        if (!currentUser.isPlatformAdmin()) {
            throw new academy.anxin.kernel.domain.AccessDenied();
        }
        latest = audit.latest(0, SHOWN);
    }

    public void verify() {
        check = audit.verify();
        if (check.intact()) {
            texts.info(texts.text("audit.intact", check.entriesChecked()));
        } else {
            texts.error(null, texts.text("audit.broken", check.brokenAt(), texts.text("audit.reason." + check.reason())));
        }
    }

    public List<AuditEvent> getLatest() {
        if (latest == null) {
            load();
        }
        return latest;
    }

    public AuditChain.ChainCheck getCheck() {
        return check;
    }
}

package academy.anxin.web.pages;

import academy.anxin.kernel.application.AuditIntegrity;
import academy.anxin.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The banner on every page of a platform admin while the audit trail does not match its signed checkpoints: where
 * it breaks and why, with a link to the audit page. The template asks only for platform admins, so nobody else
 * learns of it, and reads the outcome of the last check rather than checking on each page.
 */
@Named
@RequestScoped
public class AuditAlarm {

    @Inject
    AuditIntegrity integrity;

    @Inject
    Texts texts;

    public boolean isRaised() {
        return integrity.broken();
    }

    public String getText() {
        AuditIntegrity.Status status = integrity.status();
        if (!status.broken()) {
            return "";
        }
        return texts.text("audit.banner", status.check().brokenAt(),
                texts.text("audit.reason." + status.check().reason()));
    }
}

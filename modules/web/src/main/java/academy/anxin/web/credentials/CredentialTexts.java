package academy.anxin.web.credentials;

import academy.anxin.kernel.domain.PlatformTime;
import academy.anxin.credentials.application.CredentialView;
import academy.anxin.credentials.application.Paths;
import academy.anxin.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Words for credentials on any page: requirement sentences with their codes labelled, statuses, dates. */
@Named
@RequestScoped
public class CredentialTexts {


    @Inject
    Texts texts;

    @Inject
    academy.anxin.practice.application.Assessments assessments;

    @Inject
    academy.anxin.web.i18n.LanguageChoice language;

    public String requirement(Paths.RequirementProgress result) {
        List<Object> arguments = new ArrayList<>(result.arguments());
        String key = result.messageKey();
        if (key.endsWith(".modalityAfter") && arguments.size() > 3) {
            arguments.set(0, texts.text("modality." + arguments.get(0)));
            arguments.set(3, rubric(String.valueOf(arguments.get(3))));
        } else if (key.endsWith(".modality") && !arguments.isEmpty()) {
            arguments.set(0, texts.text("modality." + arguments.get(0)));
        } else if (key.endsWith(".population") && !arguments.isEmpty()) {
            arguments.set(0, texts.text("population." + arguments.get(0)));
        } else if (key.endsWith(".sessions.risk") && !arguments.isEmpty()) {
            arguments.set(0, texts.text("risk." + arguments.get(0)));
        } else if (key.endsWith(".assessment") && !arguments.isEmpty()) {
            arguments.set(0, rubric(String.valueOf(arguments.get(0))));
        }
        return texts.text(key, arguments.toArray());
    }

    /** A rubric by its title in the reader's language and its code. */
    private String rubric(String code) {
        return assessments.rubrics().stream().filter(r -> r.code().equals(code)).findFirst()
                .map(r -> language.of(r.title()) + " (" + code + ")").orElse(code);
    }

    public String status(CredentialView credential) {
        return texts.text("credential.status." + credential.status().name());
    }

    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(PlatformTime.ZONE).format(instant);
    }

    public int percent(Paths.RequirementProgress result) {
        return (int) Math.round(result.fraction() * 100);
    }
}

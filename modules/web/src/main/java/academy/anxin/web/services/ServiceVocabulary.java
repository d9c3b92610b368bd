package academy.anxin.web.services;

import academy.anxin.identity.domain.OrganizationKind;
import academy.anxin.kernel.domain.Language;
import academy.anxin.kernel.domain.PlatformTime;
import academy.anxin.kernel.domain.RegionCode;
import academy.anxin.kernel.domain.Regions;
import academy.anxin.practice.domain.Population;
import academy.anxin.services.application.Directory;
import academy.anxin.services.domain.Accessibility;
import academy.anxin.services.domain.Channel;
import academy.anxin.services.domain.ServiceLanguage;
import academy.anxin.web.i18n.LanguageChoice;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The services context's choices and names, for the listing form, the admins' review and the public pages. */
@Named
@RequestScoped
public class ServiceVocabulary {

    @Inject
    Directory directory;

    @Inject
    LanguageChoice language;

    public OrganizationKind[] getKinds() {
        return OrganizationKind.values();
    }

    public Population[] getPopulations() {
        return Population.values();
    }

    public ServiceLanguage[] getLanguages() {
        return ServiceLanguage.values();
    }

    public Accessibility[] getAccessibility() {
        return Accessibility.values();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public List<Regions.Region> getRegions() {
        return directory.regions();
    }

    /** The region's name as far as the table knows it, with the code. */
    public String region(RegionCode code) {
        return code == null ? "" : directory.regionName(code, language.getCurrent());
    }

    public String regionOption(Regions.Region region) {
        return region.name(language.getCurrent()) + " (" + region.code().text() + ")";
    }

    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(PlatformTime.ZONE)
                .format(instant);
    }

    public boolean isEnglish() {
        return language.getCurrent() == Language.EN;
    }
}

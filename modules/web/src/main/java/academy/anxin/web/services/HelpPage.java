package academy.anxin.web.services;

import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.RegionCode;
import academy.anxin.kernel.domain.Validation;
import academy.anxin.practice.domain.Population;
import academy.anxin.services.application.Directory;
import academy.anxin.services.application.NameCheck;
import academy.anxin.services.application.PublicListing;
import academy.anxin.services.domain.Accessibility;
import academy.anxin.services.domain.Channel;
import academy.anxin.services.domain.DirectoryQuery;
import academy.anxin.services.domain.ServiceLanguage;
import academy.anxin.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * help.xhtml (/help): the public directory of verified services, for anyone, without an account and without a
 * session: the emergency numbers first, then a search (a plain GET form, so a result is a link to share) by
 * region, population, channel, language and accessibility, and by name, which also tells an organization that is
 * not listed, refused or withdrawn. A malformed search is a 400 with the reasons, never a stack trace.
 */
@Named
@RequestScoped
public class HelpPage {

    @Inject
    Directory directory;

    @Inject
    Texts texts;

    private String region;
    private String population;
    private String channel;
    private String lang;
    private String name;
    private List<PublicListing> listings = List.of();
    private List<NameCheck> names = List.of();
    private final List<String> problems = new ArrayList<>();
    private Set<Accessibility> accessibility = EnumSet.noneOf(Accessibility.class);

    public void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Validation check = new Validation();
        String[] access = external.getRequestParameterValuesMap().get("access");
        if (access != null) {
            for (String a : access) {
                Accessibility need = check.field(() -> parse(Accessibility.class, "access", a));
                if (need != null) {
                    accessibility.add(need);
                }
            }
        }
        RegionCode regionCode = blank(region) ? null : check.field(() -> RegionCode.parse(region));
        Population who = check.field(() -> parse(Population.class, "population", population));
        Channel how = check.field(() -> parse(Channel.class, "channel", channel));
        ServiceLanguage language = blank(lang) ? null : check.field(() -> ServiceLanguage.ofTag(lang)
                .orElseThrow(() -> new DomainException("language", "help.unknownChoice", lang)));
        try {
            check.throwIfAny();
            listings = directory.search(new DirectoryQuery(regionCode, who, how, language, accessibility));
            names = directory.byName(name);
        } catch (DomainException refused) {
            List<DomainException> all = refused instanceof academy.anxin.kernel.domain.InvalidInput many
                    ? many.problems() : List.of(refused);
            all.forEach(p -> problems.add(texts.text(p.messageKey(), p.arguments().toArray())));
            external.setResponseStatus(400);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException unknown) {
            throw new DomainException(field, "help.unknownChoice", text);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** "L2 热线级 12 · 哀伤专项 3": members holding a valid credential, per kind. */
    public List<Map.Entry<String, Long>> holders(PublicListing listing) {
        return List.copyOf(listing.validHolders().entrySet());
    }

    public boolean isSearched() {
        return !blank(region) || !blank(population) || !blank(channel) || !blank(lang) || !accessibility.isEmpty();
    }

    public boolean isChosen(Accessibility need) {
        return accessibility.contains(need);
    }

    public List<PublicListing> getListings() {
        return listings;
    }

    public List<NameCheck> getNames() {
        return names;
    }

    public List<String> getProblems() {
        return problems;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getPopulation() {
        return population;
    }

    public void setPopulation(String population) {
        this.population = population;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}

package academy.anxin.web.learning;

import academy.anxin.kernel.domain.Endorsement;
import academy.anxin.kernel.domain.Tier;
import academy.anxin.learning.application.Catalog;
import academy.anxin.learning.application.CatalogFilter;
import academy.anxin.learning.application.CourseCard;
import academy.anxin.web.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * catalog.xhtml?serves=&amp;topic=&amp;length=: the course catalog with filters in the query string, so a filtered
 * list can be bookmarked and shared. Public; a logged-in volunteer also sees where they stand in each course.
 */
@Named
@RequestScoped
public class CatalogPage {

    @Inject
    Catalog catalog;

    @Inject
    CurrentUser currentUser;

    private final ServesAndTopic filter = new ServesAndTopic();
    private String length;
    private List<CourseCard> courses;

    public List<CourseCard> getCourses() {
        if (courses == null) {
            CatalogFilter chosen = new CatalogFilter(known(filter.getServes(), getServesOptions()),
                    known(filter.getTopic(), getTopics()), CatalogFilter.Length.parse(length));
            courses = catalog.courses(chosen, currentUser.personId());
        }
        return courses;
    }

    /** Tier and endorsement codes, in the order of the filter's options. */
    public List<String> getServesOptions() {
        List<String> options = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            options.add(tier.name());
        }
        for (Endorsement endorsement : Endorsement.values()) {
            options.add(endorsement.name());
        }
        return options;
    }

    public Set<String> getTopics() {
        return catalog.topics();
    }

    public List<String> getLengthOptions() {
        return List.of("short", "medium", "long");
    }

    /** A filter value from the query string counts only if it is one of the options; anything else is ignored. */
    private static String known(String value, java.util.Collection<String> options) {
        return value != null && options.contains(value) ? value : null;
    }

    public ServesAndTopic getFilter() {
        return filter;
    }

    public String getLength() {
        return length;
    }

    public void setLength(String length) {
        this.length = length;
    }
}

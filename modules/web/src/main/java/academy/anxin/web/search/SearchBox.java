package academy.anxin.web.search;

import academy.anxin.search.application.Search;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The search box in every page's header: completes titles as one types, and goes to the results page. */
@Named
@RequestScoped
public class SearchBox {

    @Inject
    Search search;

    private String q;

    public List<String> complete(String typed) {
        return search.suggest(typed, 8);
    }

    public String go() {
        return "/search?faces-redirect=true&q=" + URLEncoder.encode(q == null ? "" : q, StandardCharsets.UTF_8);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}

package academy.anxin.learning.domain;

import academy.anxin.kernel.domain.ContentProblem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the prerequisites of the courses about to be imported against each other and against what is already
 * imported: each must exist, and they must not go round in a circle (nobody could ever start such a course).
 */
public final class Prerequisites {

    private Prerequisites() {
    }

    /**
     * @param drafts       the courses of this import
     * @param imported     the prerequisites of every course already stored and not in this import, by code
     */
    public static List<ContentProblem> check(List<CourseDraft> drafts, Map<String, List<String>> imported) {
        Map<String, List<String>> graph = new HashMap<>(imported);
        drafts.forEach(d -> graph.put(d.course().code(), d.course().prerequisites()));
        List<ContentProblem> problems = new ArrayList<>();
        for (CourseDraft draft : drafts) {
            for (String prerequisite : draft.course().prerequisites()) {
                if (!graph.containsKey(prerequisite)) {
                    problems.add(new ContentProblem(draft.descriptor(), 0, "prerequisites",
                            "content.prerequisite.unknown", prerequisite));
                }
            }
            List<String> cycle = cycleFrom(draft.course().code(), graph, new LinkedHashSet<>());
            if (!cycle.isEmpty()) {
                problems.add(new ContentProblem(draft.descriptor(), 0, "prerequisites", "content.prerequisite.cycle",
                        String.join(" → ", cycle)));
            }
        }
        return problems;
    }

    /** The circle through {@code code} as a path that ends where it starts, or empty when there is none. */
    private static List<String> cycleFrom(String code, Map<String, List<String>> graph, Set<String> path) {
        if (path.contains(code)) {
            List<String> names = new ArrayList<>(path);
            if (!names.get(0).equals(code)) {
                return List.of(); // a circle further down, reported for the course on it
            }
            names.add(code);
            return names;
        }
        path.add(code);
        for (String next : graph.getOrDefault(code, List.of())) {
            List<String> found = cycleFrom(next, graph, path);
            if (!found.isEmpty()) {
                return found;
            }
        }
        path.remove(code);
        return List.of();
    }
}

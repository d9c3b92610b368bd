package academy.anxin.web.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One volunteer of the benchmark's cohort, as far as the client knows it: the session, the exams page's view
 * state and start button, the attempt and its questions, and, for the check at the end, the last answer given
 * and the last one the server acknowledged for each position (in shown option indices), and how many saves it
 * acknowledged there.
 */
final class CohortVolunteer {

    final int number;
    final String email;
    volatile String session;
    volatile String viewState;
    volatile String nonce;
    volatile String startButton;
    volatile long attempt;
    volatile List<Question> questions = List.of();
    /** The order the volunteer answers in: every position once, some twice (a changed mind). */
    volatile List<Integer> plan = List.of();
    /** The last answer sent for each position, acknowledged or not. */
    final Map<Integer, List<Integer>> given = new ConcurrentHashMap<>();
    final Map<Integer, List<Integer>> acknowledged = new ConcurrentHashMap<>();
    final Map<Integer, Integer> acknowledgedSaves = new ConcurrentHashMap<>();

    CohortVolunteer(int number, String email) {
        this.number = number;
        this.email = email;
    }

    /** One question of the attempt page: its position, type and how many options it shows. */
    record Question(int position, String type, int options) {

        /** An answer as the page would send it, in shown indices; different from {@code previous} where it can be. */
        List<Integer> answer(List<Integer> previous) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            List<Integer> answer = List.of();
            for (int tries = 0; tries < 8 && (answer.isEmpty() || answer.equals(previous)); tries++) {
                answer = switch (type) {
                    case "MULTIPLE" -> {
                        List<Integer> chosen = new ArrayList<>();
                        for (int i = 0; i < options; i++) {
                            if (random.nextBoolean()) {
                                chosen.add(i);
                            }
                        }
                        if (chosen.isEmpty()) {
                            chosen.add(random.nextInt(options));
                        }
                        yield chosen;
                    }
                    case "ORDERING" -> {
                        List<Integer> order = new ArrayList<>();
                        for (int i = 0; i < options; i++) {
                            order.add(i);
                        }
                        java.util.Collections.shuffle(order, random);
                        yield order;
                    }
                    default -> List.of(random.nextInt(options));
                };
            }
            return answer;
        }
    }
}

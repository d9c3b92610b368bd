package academy.anxin.assessment.domain;

import academy.anxin.kernel.domain.DomainException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws an attempt's items by blueprint and fixes each item's option order, from one seed, so that the same seed
 * always gives the same attempt (it is stored with the attempt and a reload shows the same exam). A scenario set
 * is drawn whole, for the first competency of its first item, and counts as many items as it holds; a
 * competency's draw is met with single items and whole sets without going over. Orderings are shown shuffled
 * (that is the task); the others get their options shuffled too, true/false excepted.
 */
public final class Drawing {

    private Drawing() {
    }

    /** One drawn item: the item, and the order its options are shown in (indices into the item's options). */
    public record DrawnItem(BankItem item, List<Integer> optionOrder) {

        public DrawnItem {
            optionOrder = List.copyOf(optionOrder);
        }
    }

    public static List<DrawnItem> draw(Blueprint blueprint, List<BankItem> bank, long seed) {
        Random random = new Random(seed);
        Map<String, List<List<BankItem>>> units = units(bank);
        List<DrawnItem> drawn = new ArrayList<>();
        for (Map.Entry<String, Integer> wanted : blueprint.draw().entrySet()) {
            List<List<BankItem>> candidates = new ArrayList<>(units.getOrDefault(wanted.getKey(), List.of()));
            Collections.shuffle(candidates, random);
            int needed = wanted.getValue();
            for (List<BankItem> unit : candidates) {
                if (unit.size() <= needed) {
                    for (BankItem item : unit) {
                        drawn.add(new DrawnItem(item, order(item, random)));
                    }
                    needed -= unit.size();
                }
                if (needed == 0) {
                    break;
                }
            }
            if (needed > 0) {
                throw new DomainException(null, "assessment.bank.tooFew", wanted.getKey(), wanted.getValue());
            }
        }
        return drawn;
    }

    /** Items grouped into what is drawn together: a single item, or a whole scenario set; by competency. */
    private static Map<String, List<List<BankItem>>> units(List<BankItem> bank) {
        Map<String, List<BankItem>> sets = new LinkedHashMap<>();
        Map<String, List<List<BankItem>>> units = new LinkedHashMap<>();
        for (BankItem item : bank) {
            if (item.scenarioId() == null) {
                units.computeIfAbsent(item.competencies().get(0), c -> new ArrayList<>()).add(List.of(item));
            } else {
                sets.computeIfAbsent(item.scenarioId(), s -> new ArrayList<>()).add(item);
            }
        }
        for (List<BankItem> set : sets.values()) {
            units.computeIfAbsent(set.get(0).competencies().get(0), c -> new ArrayList<>()).add(List.copyOf(set));
        }
        return units;
    }

    private static List<Integer> order(BankItem item, Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < item.options().size(); i++) {
            order.add(i);
        }
        if (item.type() != ItemType.TRUE_FALSE) {
            Collections.shuffle(order, random);
        }
        return order;
    }
}

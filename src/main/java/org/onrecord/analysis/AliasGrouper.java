package org.onrecord.analysis;

import org.onrecord.model.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Collection;
import java.util.HashSet;
import java.util.TreeSet;

/**
 * Groups the names found in an article with each other and with the case's entities, by the
 * {@link AliasRules} and the links the text makes. Surest rules first; a surname that fits two
 * full names joins neither; two existing entities are never joined (the researcher keeps them
 * apart); a name refused for an entity (an alias the researcher removed or split off) never joins it.
 */
public final class AliasGrouper {
    /** A name: from the article ({@code entityId} 0) or an existing entity's name or alias. */
    public record Name(String text, EntityType type, int mentions, long entityId) {
    }

    /** Names said to be one by the text itself, with how it says so. */
    public record Link(String a, String b, String evidence) {
    }

    /** One entity: its names, the existing entity it is (0 if new), and for each joined name why. */
    public record Group(List<Name> names, long entityId, Map<String, String> evidence) {
        /** The type most mentions carry; on a tie the longest name's. */
        public EntityType type() {
            Map<EntityType, Integer> votes = new HashMap<>();
            names.forEach(n -> votes.merge(n.type(), Math.max(1, n.mentions()), Integer::sum));
            Name longest = names.stream().max(Comparator.comparingInt((Name n) -> n.text().length())).orElseThrow();
            return votes.entrySet().stream().max(Comparator.comparingInt((Map.Entry<EntityType, Integer> e) -> e.getValue())
                            .thenComparing(e -> e.getKey() == longest.type() ? 1 : 0))
                    .map(Map.Entry::getKey).orElseThrow();
        }

        /** A person's fullest name; else the name mentioned most, the longer on a tie. */
        public String bestName() {
            EntityType type = type();
            Comparator<Name> order = type == EntityType.PERSON
                    ? Comparator.comparingInt((Name n) -> Names.words(n.text()).size()).thenComparingInt(Name::mentions)
                    : Comparator.comparingInt((Name n) -> Names.isAcronym(n.text()) ? 0 : 1).thenComparingInt(Name::mentions)
                            .thenComparingInt(n -> n.text().length());
            return names.stream().filter(n -> n.type() == type || names.stream().noneMatch(m -> m.type() == type))
                    .max(order).orElseThrow().text();
        }
    }

    public List<Group> group(List<Name> names, List<Link> links, Map<Long, Set<String>> refused) {
        int n = names.size();
        int[] parent = new int[n];
        long[] entity = new long[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            entity[i] = names.get(i).entityId();
        }
        Map<Integer, String> evidence = new HashMap<>();
        UnionFind uf = new UnionFind(parent, entity, names, refused);
        // an existing entity's names are one
        Map<Long, Integer> firstOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            long id = names.get(i).entityId();
            if (id != 0) {
                Integer first = firstOf.putIfAbsent(id, i);
                if (first != null) {
                    uf.union(first, i);
                }
            }
        }
        CandidateIndex index = new CandidateIndex(names);
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (names.get(i).entityId() == 0) {
                fresh.add(i);
            }
        }
        for (int strength = 3; strength >= 1; strength--) {
            if (strength == 2) {
                joinLinked(names, links, fresh, uf, evidence);
            }
            for (int i : fresh) {
                List<int[]> candidates = new ArrayList<>();
                Map<Integer, String> why = new LinkedHashMap<>();
                for (int j : index.candidates(i)) {
                    if (j == i) {
                        continue;
                    }
                    Name a = names.get(i);
                    Name b = names.get(j);
                    Optional<AliasRules.Rule> rule = AliasRules.match(a.text(), a.type(), b.text(), b.type());
                    if (rule.isPresent() && rule.get().strength() == strength) {
                        int root = uf.find(j);
                        if (!why.containsKey(root)) {
                            why.put(root, rule.get().evidence());
                            candidates.add(new int[] {j, root});
                        }
                    }
                }
                why.remove(uf.find(i));
                candidates.removeIf(c -> c[1] == uf.find(i));
                for (int[] c : candidates) {
                    // the weakest rule (a surname, a shorter name) must be unambiguous: the short name fits one entity only
                    if (strength == 1 && fitsSeveral(names, index, uf, i, c[0])) {
                        continue;
                    }
                    if (uf.union(i, c[0])) {
                        Name a = names.get(i);
                        Name b = names.get(c[0]);
                        evidence.putIfAbsent(i, why.get(c[1]));
                        AliasRules.match(b.text(), b.type(), a.text(), a.type()).ifPresent(r -> evidence.putIfAbsent(c[0], r.evidence()));
                    }
                }
            }
        }
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            members.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(i);
        }
        List<Group> groups = new ArrayList<>();
        for (List<Integer> m : members.values()) {
            if (m.stream().allMatch(i -> names.get(i).entityId() != 0) ) {
                continue; // only existing names: nothing from this article
            }
            Map<String, String> why = new LinkedHashMap<>();
            m.forEach(i -> {
                if (evidence.containsKey(i)) {
                    why.putIfAbsent(names.get(i).text(), evidence.get(i));
                }
            });
            long id = m.stream().mapToLong(i -> names.get(i).entityId()).filter(x -> x != 0).findFirst().orElse(0);
            groups.add(new Group(m.stream().map(names::get).toList(), id, why));
        }
        return groups;
    }

    /** Whether the shorter of two names joined by the weakest rule also fits a name of another group. */
    private static boolean fitsSeveral(List<Name> names, CandidateIndex index, UnionFind uf, int i, int j) {
        int shorter = Names.personWords(names.get(i).text()).size() <= Names.personWords(names.get(j).text()).size() ? i : j;
        Name s = names.get(shorter);
        Set<Integer> roots = new HashSet<>();
        for (int k : index.candidates(shorter)) {
            Name other = names.get(k);
            if (k != shorter && Names.personWords(other.text()).size() > Names.personWords(s.text()).size()
                    && AliasRules.match(s.text(), s.type(), other.text(), other.type()).filter(r -> r.strength() == 1).isPresent()) {
                roots.add(uf.find(k));
            }
        }
        return roots.size() > 1;
    }

    /** Names the text itself says are one; after the exact names, so a refused name stays off the entity it was taken from. */
    private static void joinLinked(List<Name> names, List<Link> links, List<Integer> fresh, UnionFind uf, Map<Integer, String> evidence) {
        for (Link link : links) {
            for (int i : fresh) {
                if (Names.key(names.get(i).text()).equals(Names.key(link.a()))) {
                    for (int j : fresh) {
                        if (Names.key(names.get(j).text()).equals(Names.key(link.b())) && uf.union(i, j)) {
                            evidence.putIfAbsent(i, link.evidence());
                        }
                    }
                }
            }
        }
    }

    /**
     * Which names a rule could join to a given one: those sharing a word, an acronym and the names
     * whose initials it spells, and the other names of a country. Keeps the pairwise rules off the
     * thousands of names a large case holds.
     */
    private static final class CandidateIndex {
        private final List<Name> names;
        private final List<String> keys = new ArrayList<>();
        private final Map<String, List<Integer>> byWord = new HashMap<>();
        private final Map<String, List<Integer>> byInitials = new HashMap<>();
        private final Map<String, List<Integer>> byKey = new HashMap<>();

        CandidateIndex(List<Name> names) {
            this.names = names;
            for (int i = 0; i < names.size(); i++) {
                String text = names.get(i).text();
                String key = Names.key(text);
                keys.add(key);
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                for (String w : Names.words(text)) {
                    byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
                }
                if (!Names.isAcronym(text) && Names.words(text).size() >= 2) {
                    for (String initials : Names.initials(text)) {
                        byInitials.computeIfAbsent(initials, k -> new ArrayList<>()).add(i);
                    }
                }
            }
        }

        Collection<Integer> candidates(int i) {
            String text = names.get(i).text();
            Set<Integer> found = new TreeSet<>();
            for (String w : Names.words(text)) {
                found.addAll(byWord.getOrDefault(w, List.of()));
            }
            if (Names.isAcronym(text)) {
                found.addAll(byInitials.getOrDefault(keys.get(i), List.of()));
            } else if (Names.words(text).size() >= 2) {
                for (String initials : Names.initials(text)) {
                    byKey.getOrDefault(initials, List.of()).stream().filter(j -> Names.isAcronym(names.get(j).text())).forEach(found::add);
                }
            }
            for (String other : AliasRules.otherCountryNames(keys.get(i))) {
                found.addAll(byKey.getOrDefault(other, List.of()));
            }
            return found;
        }
    }

    private static final class UnionFind {
        private final int[] parent;
        private final long[] entity;
        private final List<Name> names;
        private final Map<Long, Set<String>> refused;

        UnionFind(int[] parent, long[] entity, List<Name> names, Map<Long, Set<String>> refused) {
            this.parent = parent;
            this.entity = entity;
            this.names = names;
            this.refused = refused;
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        /** Joins the groups of i and j unless that would join two entities or bring a refused name; true if joined. */
        boolean union(int i, int j) {
            int a = find(i);
            int b = find(j);
            if (a == b) {
                return false;
            }
            if (entity[a] != 0 && entity[b] != 0 && entity[a] != entity[b]) {
                return false;
            }
            long target = entity[a] != 0 ? entity[a] : entity[b];
            if (target != 0 && isRefused(target, entity[a] != 0 ? b : a)) {
                return false;
            }
            parent[b] = a;
            entity[a] = target;
            return true;
        }

        private boolean isRefused(long entityId, int root) {
            Set<String> no = refused.getOrDefault(entityId, Set.of());
            if (no.isEmpty()) {
                return false;
            }
            for (int k = 0; k < parent.length; k++) {
                if (find(k) == root && no.contains(Names.key(names.get(k).text()))) {
                    return true;
                }
            }
            return false;
        }
    }
}

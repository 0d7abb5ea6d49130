package org.onrecord.service.rows;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class RowTreeTest {

    @Test
    void putsAndRemovesLikeASortedSetWhileOlderTreesStayAsTheyWere() {
        Random random = new Random(7);
        TreeSet<Integer> model = new TreeSet<>();
        RowTree<Integer> tree = RowTree.empty(Comparator.naturalOrder());
        List<RowTree<Integer>> older = new ArrayList<>();
        List<List<Integer>> olderRows = new ArrayList<>();
        for (int step = 0; step < 5000; step++) {
            int value = random.nextInt(800);
            if (random.nextInt(3) == 0) {
                model.remove(value);
                tree = tree.minus(value);
            } else {
                model.add(value);
                tree = tree.plus(value);
            }
            if (step % 500 == 0) {
                older.add(tree);
                olderRows.add(List.copyOf(model));
            }
        }
        assertThat(tree.asList()).containsExactlyElementsOf(model);
        assertThat(tree.size()).isEqualTo(model.size());
        assertThat(tree.height()).isLessThanOrEqualTo((int) (1.45 * (Math.log(model.size() + 2) / Math.log(2))));
        for (int i = 0; i < model.size(); i += 37) {
            assertThat(tree.get(i)).isEqualTo(List.copyOf(model).get(i));
        }
        for (int i = 0; i < older.size(); i++) {
            assertThat(older.get(i).asList()).as("tree kept at step %d", i * 500).containsExactlyElementsOf(olderRows.get(i));
        }
    }

    @Test
    void aRangeReadsTheRunBetweenItsEnds() {
        RowTree<Integer> tree = RowTree.of(Comparator.naturalOrder(), List.of(9, 1, 5, 3, 7, 11, 3));
        assertThat(tree.asList()).containsExactly(1, 3, 5, 7, 9, 11);
        assertThat(tree.range(x -> x < 4 ? -1 : x > 9 ? 1 : 0)).containsExactly(5, 7, 9);
        assertThat(tree.range(x -> x < 100 ? -1 : 1)).isEmpty();
        assertThat(tree.range(x -> 0)).containsExactly(1, 3, 5, 7, 9, 11);
        assertThat(tree.find(x -> Integer.compare(x, 7))).contains(7);
        assertThat(tree.find(x -> Integer.compare(x, 8))).isEmpty();
    }

    @Test
    void oneRowPutIntoFiftyThousandCopiesOnlyItsPath() {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            rows.add(2 * i);
        }
        RowTree<Integer> tree = RowTree.of(Comparator.naturalOrder(), rows);
        RowTree<Integer> put = tree.plus(25_001);
        RowTree<Integer> removed = put.minus(40_000);
        assertThat(put.nodesNotIn(tree)).isBetween(1, 2 * tree.height());
        assertThat(removed.nodesNotIn(put)).isBetween(1, 2 * put.height());
        assertThat(put.size()).isEqualTo(50_001);
        assertThat(tree.size()).isEqualTo(50_000);
        assertThat(removed.minus(3)).isSameAs(removed);
    }

    @Test
    void anIdIndexReadsAsAMap() {
        record Row(long id, String name) {
        }
        IdIndex<Row> index = IdIndex.of(Row::id, List.of(new Row(3, "c"), new Row(1, "a")));
        IdIndex<Row> changed = index.plus(new Row(2, "b")).plus(new Row(3, "C")).minus(1);
        assertThat(changed.asMap()).containsExactly(Map.entry(2L, new Row(2, "b")), Map.entry(3L, new Row(3, "C")));
        assertThat(changed.asMap().get(3L)).isEqualTo(new Row(3, "C"));
        assertThat(changed.asMap().containsKey(1L)).isFalse();
        assertThat(index.asMap()).containsOnlyKeys(1L, 3L);
        assertThat(changed.minus(99)).isSameAs(changed);
    }

    @Test
    void rowsKeyedByANumberAreSortedWithoutComparisonsAndBuiltBalancedInOnePass() {
        record Row(long key, int read) {
        }
        int n = 50_000;
        Random random = new Random(3);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Row(random.nextInt(2_000), i)); // many rows per key, as statements per speaker
        }
        Comparator<Row> order = Comparator.comparingLong(Row::key).thenComparingInt(Row::read);
        int[] comparisons = {0};
        Comparator<Row> counted = (a, b) -> {
            comparisons[0]++;
            return order.compare(a, b);
        };

        RowTree<Row> tree = RowTree.ofKeyed(counted, Row::key, rows, false);

        List<Row> expected = new ArrayList<>(rows);
        expected.sort(order);
        assertThat(tree.asList()).as("by key, rows of one key in the order they came in").containsExactlyElementsOf(expected);
        // a comparison sort would ask about n log2 n ≈ 780,000 times
        assertThat(comparisons[0]).isZero();
        assertThat(tree.nodesNotIn(RowTree.empty(order))).as("one node per row").isEqualTo(n);
        int perfect = 32 - Integer.numberOfLeadingZeros(n); // ceil(log2(n + 1)): balanced as built, no rotation needed
        assertThat(tree.height()).isEqualTo(perfect);
    }

    @Test
    void rowsOfOneIdKeepTheLastAndTheIndexIsBuiltWithoutSorting() {
        record Row(long id, String name) {
        }
        IdIndex<Row> index = IdIndex.of(Row::id, List.of(new Row(5, "e"), new Row(2, "b"), new Row(5, "E"), new Row(9, "i")));
        assertThat(index.asMap()).containsExactly(Map.entry(2L, new Row(2, "b")), Map.entry(5L, new Row(5, "E")),
                Map.entry(9L, new Row(9, "i")));
        assertThat(index.rows().height()).isEqualTo(2);
    }
}

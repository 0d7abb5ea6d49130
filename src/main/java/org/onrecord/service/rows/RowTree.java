package org.onrecord.service.rows;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * An immutable sorted sequence of rows that shares what an update leaves alone: putting or
 * removing one row copies only the path to it (a persistent AVL tree, about log2(n) nodes),
 * so a snapshot of 50,000 statements changes by one statement without copying the other 49,999,
 * and every older tree stays valid for whoever still reads it. Rows that compare equal are the
 * same row: putting one replaces the other.
 */
public final class RowTree<T> implements Iterable<T> {
    private final Comparator<? super T> order;
    private final Node<T> root;

    /** A node; compared by identity (a record's equals would walk the whole subtree). */
    private static final class Node<T> {
        final T row;
        final Node<T> left;
        final Node<T> right;
        final int height;
        final int size;

        Node(T row, Node<T> left, Node<T> right, int height, int size) {
            this.row = row;
            this.left = left;
            this.right = right;
            this.height = height;
            this.size = size;
        }

        static <T> Node<T> of(T row, Node<T> left, Node<T> right) {
            return new Node<>(row, left, right, 1 + Math.max(height(left), height(right)), 1 + size(left) + size(right));
        }
    }

    private RowTree(Comparator<? super T> order, Node<T> root) {
        this.order = order;
        this.root = root;
    }

    public static <T> RowTree<T> empty(Comparator<? super T> order) {
        return new RowTree<>(order, null);
    }

    /** The rows in {@code order} (rows comparing equal: the last one stays); linear when they come sorted already. */
    public static <T> RowTree<T> of(Comparator<? super T> order, Collection<? extends T> rows) {
        List<T> sorted = new ArrayList<>(rows);
        // A case is read in this order already: one pass to see that, instead of a sort and a pass for equal rows.
        boolean strictlyAscending = true;
        for (int i = 1; i < sorted.size() && strictlyAscending; i++) {
            strictlyAscending = order.compare(sorted.get(i - 1), sorted.get(i)) < 0;
        }
        if (strictlyAscending) {
            return new RowTree<>(order, build(sorted, 0, sorted.size()));
        }
        sorted.sort(order);
        List<T> distinct = new ArrayList<>(sorted.size());
        for (T row : sorted) {
            if (!distinct.isEmpty() && order.compare(distinct.getLast(), row) == 0) {
                distinct.set(distinct.size() - 1, row);
            } else {
                distinct.add(row);
            }
        }
        return new RowTree<>(order, build(distinct, 0, distinct.size()));
    }

    /**
     * The rows ordered by a whole-number {@code key}, rows of one key staying in the order they
     * come in; {@code order} must agree: the key first, then the order the rows come in. With
     * {@code keyIdentifies} (an id) rows of one key are one row: the last one stays; without it
     * the rows must be distinct already (they come from another tree). Sorted as numbers (one
     * {@code long[]} sort, {@code order} is never asked), then built balanced in one pass: how
     * the case's indexes by id, by speaker, by day said and by entity are made from rows read in
     * case order. Falls back to {@link #of} when the keys are too far apart to pack.
     */
    public static <T> RowTree<T> ofKeyed(Comparator<? super T> order, ToLongFunction<? super T> key, List<? extends T> rows,
                                         boolean keyIdentifies) {
        int n = rows.size();
        if (n == 0) {
            return empty(order);
        }
        long[] keys = new long[n];
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            long k = key.applyAsLong(rows.get(i));
            keys[i] = k;
            min = Math.min(min, k);
            max = Math.max(max, k);
        }
        long span = max - min + 1;
        if (span <= 0 || span > Long.MAX_VALUE / n) {
            return of(order, rows);
        }
        // key and position packed in one number: sorting the numbers sorts by key, stably
        long[] packed = new long[n];
        boolean ascending = true;
        for (int i = 0; i < n; i++) {
            packed[i] = (keys[i] - min) * n + i;
            ascending &= i == 0 || packed[i - 1] < packed[i];
        }
        if (!ascending) {
            Arrays.sort(packed);
        }
        List<T> sorted = new ArrayList<>(n);
        long previousKey = 0;
        for (int i = 0; i < n; i++) {
            long k = packed[i] / n;
            T row = rows.get((int) (packed[i] % n));
            if (i > 0 && keyIdentifies && k == previousKey) {
                sorted.set(sorted.size() - 1, row); // one row per key: the last one stays
            } else {
                sorted.add(row);
            }
            previousKey = k;
        }
        return new RowTree<>(order, build(sorted, 0, sorted.size()));
    }

    private static <T> Node<T> build(List<T> rows, int from, int to) {
        if (from >= to) {
            return null;
        }
        int mid = (from + to) >>> 1;
        return Node.of(rows.get(mid), build(rows, from, mid), build(rows, mid + 1, to));
    }

    public int size() {
        return size(root);
    }

    public boolean isEmpty() {
        return root == null;
    }

    /** This tree with {@code row} in its place (replacing the row that compares equal). */
    public RowTree<T> plus(T row) {
        return new RowTree<>(order, put(root, row));
    }

    /** This tree without the row that compares equal to {@code row}; the same tree when there is none. */
    public RowTree<T> minus(T row) {
        Node<T> after = remove(root, row);
        return after == root ? this : new RowTree<>(order, after);
    }

    /** This tree with {@code removed} taken out, then {@code added} put in. */
    public RowTree<T> with(Collection<? extends T> removed, Collection<? extends T> added) {
        RowTree<T> tree = this;
        for (T row : removed) {
            tree = tree.minus(row);
        }
        for (T row : added) {
            tree = tree.plus(row);
        }
        return tree;
    }

    public T get(int index) {
        Node<T> n = root;
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        while (true) {
            int left = size(n.left);
            if (index < left) {
                n = n.left;
            } else if (index == left) {
                return n.row;
            } else {
                index -= left + 1;
                n = n.right;
            }
        }
    }

    /**
     * The row where {@code probe} answers 0, walking down from the root: a probe answers below 0
     * for a row before the one sought and above 0 for a row after it (it must agree with the order).
     */
    public Optional<T> find(ToIntFunction<? super T> probe) {
        Node<T> n = root;
        while (n != null) {
            int c = probe.applyAsInt(n.row);
            if (c == 0) {
                return Optional.of(n.row);
            }
            n = c < 0 ? n.right : n.left;
        }
        return Optional.empty();
    }

    /**
     * The rows for which {@code position} answers 0, in order, reading only those (plus a path
     * from the root): a run of rows that agrees with the order answers below 0 before the run and
     * above 0 after it (for example "statements of article 7").
     */
    public List<T> range(ToIntFunction<? super T> position) {
        int from = firstIndex(position, false);
        int to = firstIndex(position, true);
        if (from >= to) {
            return List.of();
        }
        List<T> rows = new ArrayList<>(to - from);
        Iterator<T> it = iterator(from);
        for (int i = from; i < to; i++) {
            rows.add(it.next());
        }
        return Collections.unmodifiableList(rows);
    }

    /** The index of the first row at or after the run ({@code after} false), or after it ({@code after} true). */
    private int firstIndex(ToIntFunction<? super T> position, boolean after) {
        Node<T> n = root;
        int index = 0;
        int result = size();
        while (n != null) {
            int p = position.applyAsInt(n.row);
            boolean atOrPast = after ? p > 0 : p >= 0;
            if (atOrPast) {
                result = index + size(n.left);
                n = n.left;
            } else {
                index += size(n.left) + 1;
                n = n.right;
            }
        }
        return result;
    }

    @Override
    public Iterator<T> iterator() {
        return iterator(0);
    }

    /** In order from {@code start}: a stack of the path, so a full walk reads each node once. */
    private Iterator<T> iterator(int start) {
        return new Iterator<>() {
            private final ArrayList<Node<T>> stack = new ArrayList<>();

            {
                Node<T> n = root;
                int index = start;
                while (n != null) {
                    int left = size(n.left);
                    if (index < left) {
                        stack.add(n);
                        n = n.left;
                    } else if (index == left) {
                        stack.add(n);
                        n = null;
                    } else {
                        index -= left + 1;
                        n = n.right;
                    }
                }
            }

            @Override
            public boolean hasNext() {
                return !stack.isEmpty();
            }

            @Override
            public T next() {
                if (stack.isEmpty()) {
                    throw new NoSuchElementException();
                }
                Node<T> n = stack.removeLast();
                for (Node<T> m = n.right; m != null; m = m.left) {
                    stack.add(m);
                }
                return n.row;
            }
        };
    }

    /** A read-only list over this tree: get is O(log n), walking it in order O(n). */
    public List<T> asList() {
        return new AbstractList<>() {
            @Override
            public T get(int index) {
                return RowTree.this.get(index);
            }

            @Override
            public int size() {
                return RowTree.this.size();
            }

            @Override
            public Iterator<T> iterator() {
                return RowTree.this.iterator();
            }
        };
    }

    /**
     * How many of this tree's nodes {@code older} does not hold: what making this tree from it
     * copied. Reads both trees whole, so it is for tests.
     */
    public int nodesNotIn(RowTree<?> older) {
        Set<Object> old = Collections.newSetFromMap(new IdentityHashMap<>());
        collect(older.root, old);
        return fresh(root, old);
    }

    private static void collect(Node<?> n, Set<Object> into) {
        if (n != null && into.add(n)) {
            collect(n.left, into);
            collect(n.right, into);
        }
    }

    private static int fresh(Node<?> n, Set<Object> old) {
        if (n == null || old.contains(n)) {
            return 0;
        }
        return 1 + fresh(n.left, old) + fresh(n.right, old);
    }

    private Node<T> put(Node<T> n, T row) {
        if (n == null) {
            return Node.of(row, null, null);
        }
        int c = order.compare(row, n.row);
        if (c == 0) {
            return new Node<>(row, n.left, n.right, n.height, n.size);
        }
        return c < 0 ? balance(n.row, put(n.left, row), n.right) : balance(n.row, n.left, put(n.right, row));
    }

    private Node<T> remove(Node<T> n, T row) {
        if (n == null) {
            return null;
        }
        int c = order.compare(row, n.row);
        if (c < 0) {
            Node<T> left = remove(n.left, row);
            return left == n.left ? n : balance(n.row, left, n.right);
        }
        if (c > 0) {
            Node<T> right = remove(n.right, row);
            return right == n.right ? n : balance(n.row, n.left, right);
        }
        if (n.left == null) {
            return n.right;
        }
        if (n.right == null) {
            return n.left;
        }
        Node<T> first = n.right;
        while (first.left != null) {
            first = first.left;
        }
        return balance(first.row, n.left, removeFirst(n.right));
    }

    private Node<T> removeFirst(Node<T> n) {
        if (n.left == null) {
            return n.right;
        }
        return balance(n.row, removeFirst(n.left), n.right);
    }

    private static <T> Node<T> balance(T row, Node<T> left, Node<T> right) {
        int lh = height(left);
        int rh = height(right);
        if (lh > rh + 1) {
            if (height(left.left) >= height(left.right)) {
                return Node.of(left.row, left.left, Node.of(row, left.right, right));
            }
            return Node.of(left.right.row, Node.of(left.row, left.left, left.right.left), Node.of(row, left.right.right, right));
        }
        if (rh > lh + 1) {
            if (height(right.right) >= height(right.left)) {
                return Node.of(right.row, Node.of(row, left, right.left), right.right);
            }
            return Node.of(right.left.row, Node.of(row, left, right.left.left), Node.of(right.row, right.left.right, right.right));
        }
        return Node.of(row, left, right);
    }

    private static int height(Node<?> n) {
        return n == null ? 0 : n.height;
    }

    private static int size(Node<?> n) {
        return n == null ? 0 : n.size;
    }

    /** Just the tree's shape, for tests: its height (an AVL tree of n rows is below 1.45 log2(n + 2)). */
    public int height() {
        return height(root);
    }
}

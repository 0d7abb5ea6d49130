package org.onrecord.service.rows;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Rows by their id, sharing what an update leaves alone (a {@link RowTree} ordered by id): one
 * row put or removed copies about log2(n) nodes, not the index. Read as a {@link Map} through
 * {@link #asMap()}.
 */
public final class IdIndex<T> {
    private final ToLongFunction<? super T> id;
    private final RowTree<T> tree;

    private IdIndex(ToLongFunction<? super T> id, RowTree<T> tree) {
        this.id = id;
        this.tree = tree;
    }

    /** The rows by id (rows of one id: the last one stays), sorted as numbers and built in one pass. */
    public static <T> IdIndex<T> of(ToLongFunction<? super T> id, Collection<? extends T> rows) {
        List<? extends T> list = rows instanceof List<? extends T> l ? l : new ArrayList<>(rows);
        return new IdIndex<>(id, RowTree.ofKeyed(Comparator.comparingLong(id), id, list, true));
    }

    public Optional<T> get(long key) {
        return tree.find(row -> Long.compare(id.applyAsLong(row), key));
    }

    public boolean contains(long key) {
        return get(key).isPresent();
    }

    public int size() {
        return tree.size();
    }

    /** This index with {@code row} put in (replacing the row of the same id). */
    public IdIndex<T> plus(T row) {
        return new IdIndex<>(id, tree.plus(row));
    }

    /** This index without the row of id {@code key}; the same index when there is none. */
    public IdIndex<T> minus(long key) {
        return get(key).map(row -> {
            RowTree<T> after = tree.minus(row);
            return after == tree ? this : new IdIndex<>(id, after);
        }).orElse(this);
    }

    /** The rows in the order of their ids. */
    public RowTree<T> rows() {
        return tree;
    }

    /** A read-only map over this index: get O(log n), iteration in the order of the ids. */
    public Map<Long, T> asMap() {
        return new AbstractMap<>() {
            @Override
            public T get(Object key) {
                return key instanceof Long k ? IdIndex.this.get(k).orElse(null) : null;
            }

            @Override
            public boolean containsKey(Object key) {
                return key instanceof Long k && contains(k);
            }

            @Override
            public int size() {
                return tree.size();
            }

            @Override
            public Set<Entry<Long, T>> entrySet() {
                return new AbstractSet<>() {
                    @Override
                    public Iterator<Entry<Long, T>> iterator() {
                        Iterator<T> rows = tree.iterator();
                        return new Iterator<>() {
                            @Override
                            public boolean hasNext() {
                                return rows.hasNext();
                            }

                            @Override
                            public Entry<Long, T> next() {
                                T row = rows.next();
                                return Map.entry(id.applyAsLong(row), row);
                            }
                        };
                    }

                    @Override
                    public int size() {
                        return tree.size();
                    }
                };
            }
        };
    }

    public int nodesNotIn(IdIndex<?> older) {
        return tree.nodesNotIn(older.tree);
    }
}

package org.onrecord.service.edit;

import org.onrecord.store.CaseStore;

import java.util.ArrayList;
import java.util.List;

/** Several edits the researcher made with one action, done and undone together in one transaction. */
public final class CompositeEdit implements Edit {
    private final String description;
    private final List<Edit> parts;

    public CompositeEdit(String description, List<Edit> parts) {
        this.description = description;
        this.parts = List.copyOf(parts);
    }

    @Override
    public String describe() {
        return description;
    }

    /** Every part's rows, in the order the parts apply; empty when one part cannot say. */
    @Override
    public List<RowChange<?>> rowChanges() {
        List<RowChange<?>> rows = new ArrayList<>();
        for (Edit part : parts) {
            List<RowChange<?>> own = part.rowChanges();
            if (own.isEmpty()) {
                return List.of();
            }
            rows.addAll(own);
        }
        return rows;
    }

    @Override
    public void apply(CaseStore store) {
        store.inTransaction(() -> parts.forEach(p -> p.apply(store)));
    }

    @Override
    public void revert(CaseStore store) {
        store.inTransaction(() -> parts.reversed().forEach(p -> p.revert(store)));
    }
}

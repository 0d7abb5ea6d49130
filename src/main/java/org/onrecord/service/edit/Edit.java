package org.onrecord.service.edit;

import org.onrecord.store.CaseStore;

import java.util.List;

/**
 * One reversible change to a case, as the researcher sees it ("Merge DPRK into North Korea").
 * {@link #apply} and {@link #revert} each run as one transaction and may be called alternately any
 * number of times (undo, redo); revert restores the rows exactly, ids included.
 */
public interface Edit {
    String describe();

    void apply(CaseStore store);

    void revert(CaseStore store);

    /**
     * The rows this edit changes, before and after (as {@link #apply} writes them), so a window can
     * update what it shows without reading the case again; empty when the edit cannot say.
     */
    default List<RowChange<?>> rowChanges() {
        return List.of();
    }
}

package org.onrecord.service.edit;

import org.onrecord.store.CaseStore;

/**
 * One reversible change to a case, as the researcher sees it ("Merge DPRK into North Korea").
 * {@link #apply} and {@link #revert} each run as one transaction and may be called alternately any
 * number of times (undo, redo); revert restores the rows exactly, ids included.
 */
public interface Edit {
    String describe();

    void apply(CaseStore store);

    void revert(CaseStore store);
}

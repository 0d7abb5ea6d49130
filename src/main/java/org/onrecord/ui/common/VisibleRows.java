package org.onrecord.ui.common;

import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.skin.VirtualFlow;

import java.util.function.IntConsumer;

/**
 * Scrolls a list, table or tree to a row only when the row is not on screen already: scrolling
 * lays out every visible cell again, which a large table pays on every focus change otherwise.
 */
public final class VisibleRows {
    private static final String FLOW = VisibleRows.class.getName() + ".flow";

    private VisibleRows() {
    }

    /** Whether {@code row} is wholly among the rows {@code control} shows now (false before its first layout). */
    public static boolean shows(Control control, int row) {
        if (!(flowOf(control) instanceof VirtualFlow<?> flow)) {
            return false;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        return first != null && last != null && first.getIndex() < row && row < last.getIndex();
    }

    /**
     * The control's virtual flow, looked up once and kept on the control: a lookup walks the
     * header's nodes first, on every focus change (a skin, once made, keeps its flow).
     */
    private static VirtualFlow<?> flowOf(Control control) {
        if (control.getProperties().get(FLOW) instanceof VirtualFlow<?> flow && flow.getParent() != null) {
            return flow;
        }
        if (control.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            control.getProperties().put(FLOW, flow);
            return flow;
        }
        return null;
    }

    /** {@code scroll} (the control's scrollTo with its margin) unless {@code row} is in view already. */
    public static void reveal(Control control, int row, IntConsumer scroll) {
        if (row >= 0 && !shows(control, row)) {
            scroll.accept(row);
        }
    }
}

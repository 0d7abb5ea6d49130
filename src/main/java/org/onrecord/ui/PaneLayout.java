package org.onrecord.ui;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import org.onrecord.ui.common.UiPreferences;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A split pane whose panes can be hidden and shown again in their place, remembering divider
 * positions and visibility in the user's preferences.
 */
final class PaneLayout {
    private final SplitPane split;
    private final Map<String, Node> panes = new LinkedHashMap<>();
    private final String key;
    private final UiPreferences preferences;
    private final double[] defaults;

    PaneLayout(SplitPane split, String key, UiPreferences preferences, double... defaults) {
        this.split = split;
        this.key = key;
        this.preferences = preferences;
        this.defaults = defaults;
    }

    PaneLayout add(String name, Node pane) {
        panes.put(name, pane);
        return this;
    }

    void build() {
        List<Node> visible = new ArrayList<>();
        panes.forEach((name, pane) -> {
            if (preferences.getBoolean(key + ".show." + name, true)) {
                visible.add(pane);
            }
        });
        split.getItems().setAll(visible);
        restoreDividers();
    }

    boolean isShown(String name) {
        return split.getItems().contains(panes.get(name));
    }

    void setShown(String name, boolean shown) {
        if (shown == isShown(name)) {
            return;
        }
        saveDividers();
        preferences.putBoolean(key + ".show." + name, shown);
        build();
    }

    /** The name of the pane that holds {@code node} (a focused field, say), if it is one of this layout's. */
    Optional<String> paneContaining(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            for (Map.Entry<String, Node> pane : panes.entrySet()) {
                if (pane.getValue() == n) {
                    return Optional.of(pane.getKey());
                }
            }
        }
        return Optional.empty();
    }

    boolean has(String name) {
        return panes.containsKey(name);
    }

    /** Takes a pane out of the split (to show it alone elsewhere); {@link #build()} puts it back. */
    Node detach(String name) {
        saveDividers();
        Node pane = panes.get(name);
        split.getItems().remove(pane);
        return pane;
    }

    private void restoreDividers() {
        int dividers = split.getDividers().size();
        if (dividers == 0) {
            return;
        }
        double[] positions = new double[dividers];
        boolean all = split.getItems().size() == panes.size();
        for (int i = 0; i < dividers; i++) {
            double fallback = all && i < defaults.length ? defaults[i] : (i + 1.0) / (dividers + 1);
            positions[i] = all ? preferences.getDouble(key + ".divider." + i, fallback) : fallback;
        }
        split.setDividerPositions(positions);
    }

    void saveDividers() {
        if (split.getItems().size() != panes.size()) {
            return;
        }
        double[] positions = split.getDividerPositions();
        for (int i = 0; i < positions.length; i++) {
            preferences.putDouble(key + ".divider." + i, positions[i]);
        }
    }
}

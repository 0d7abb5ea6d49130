package org.onrecord.ui.source;

import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

import java.util.Locale;
import javafx.scene.layout.Region;

/**
 * One check box per highlight layer, each with a sample of its style and its name, so a layer is
 * never recognised by colour alone; plus a note on what dashed lines mean.
 */
final class LayerLegend extends FlowPane {

    LayerLegend(SourceViewModel viewModel) {
        getStyleClass().add("source-legend");
        setAlignment(Pos.CENTER_LEFT);
        // Wraps rather than truncating the labels in a narrow pane: the words are the legend.
        setHgap(10);
        setVgap(2);
        for (HighlightLayer layer : HighlightLayer.values()) {
            getChildren().add(toggle(layer, viewModel));
        }
        Label suggested = new Label("Dashed = suggestion, not yet reviewed");
        suggested.getStyleClass().add("legend-note");
        getChildren().add(suggested);
    }

    private static CheckBox toggle(HighlightLayer layer, SourceViewModel viewModel) {
        String key = layer.name().toLowerCase(Locale.ROOT);
        Label sample = new Label("Ab");
        sample.getStyleClass().addAll("legend-sample", "legend-sample-" + key);
        CheckBox toggle = new CheckBox(layer.label());
        toggle.setId("layer-" + key);
        toggle.setGraphic(sample);
        toggle.setTooltip(new Tooltip(describe(layer)));
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        toggle.selectedProperty().bindBidirectional(viewModel.layerEnabledProperty(layer));
        return toggle;
    }

    private static String describe(HighlightLayer layer) {
        return switch (layer) {
            case ENTITY -> "Names of people, organisations and places: shaded background";
            case STATEMENT -> "Quoted or reported words: underlined; the speaker dotted, the cue word in italics";
            case DATE -> "Expressions of time: boxed";
            case SEARCH -> "Words of the last search: yellow";
            case FOCUS -> "What is in focus across the panes: amber and framed; related items in bold";
        };
    }
}

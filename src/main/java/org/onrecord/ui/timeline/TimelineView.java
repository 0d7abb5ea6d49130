package org.onrecord.ui.timeline;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.onrecord.dates.DateLabels;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * The timeline pane: toolbar, lanes of dated events over a date axis, legend, and the undated list.
 * <p>
 * Built from nodes, not a Canvas, so each event gets CSS style classes ({@code timeline-*}), a
 * tooltip, real hit-testing and a node a TestFX test can find; but only the lanes in view get
 * nodes (a large case has thousands of lanes), and every change of one batch shares one redraw.
 * Where things go is decided by the pure {@link TimelineLayout}; this class only wires input to
 * the {@link TimelineViewModel} and redraws when it changes.
 */
public final class TimelineView extends BorderPane {
    private static final double WHEEL_ZOOM = 1.25;

    private final TimelineViewModel viewModel;
    private final EventGlyphs glyphs = new EventGlyphs();
    private final TimelineLayout layout = new TimelineLayout(glyphs::textWidth);
    private final TimelinePlot plot = new TimelinePlot(glyphs);
    private final TimelineAxisBar axis = new TimelineAxisBar();
    private final Label earlier = new Label();
    private final Label later = new Label();
    private final ScrollPane lanes;
    private TimelineLayout.Result lastLayout;
    /** A refresh is queued for this turn of the FX thread: every change until then shares it. */
    private boolean refreshQueued;
    private boolean layoutStale = true;
    private int redraws;
    /** The rows (plot coordinates) the last render built lanes for. */
    private double drawnTop = 0;
    private double drawnBottom = -1;
    private double dragStartX;
    private DateWindow dragStartWindow;
    private LongConsumer onOpenItem = id -> { };

    public TimelineView(TimelineViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("timeline-view");
        getStylesheets().add(Objects.requireNonNull(TimelineView.class.getResource("timeline.css")).toExternalForm());
        setFocusTraversable(true);

        lanes = new ScrollPane(plot);
        lanes.setFitToWidth(true);
        lanes.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        lanes.getStyleClass().add("timeline-scroll");
        VBox.setVgrow(lanes, Priority.ALWAYS);
        VBox centre = new VBox(lanes, axis, new TimelineLegend());
        centre.getStyleClass().add("timeline-centre");
        setTop(toolbar());
        setCenter(centre);
        UndatedList undated = new UndatedList(viewModel);
        undated.setPrefWidth(200);
        // Only takes room when there is something undated to list.
        undated.managedProperty().bind(Bindings.isNotEmpty(viewModel.undatedItems()));
        undated.visibleProperty().bind(undated.managedProperty());
        setRight(undated);

        // One focus change moves the window, the marks and the selection: they share one redraw.
        plot.widthProperty().addListener((obs, old, now) -> invalidate(true));
        viewModel.windowProperty().addListener((obs, old, now) -> invalidate(true));
        viewModel.entriesProperty().addListener((obs, old, now) -> invalidate(true));
        viewModel.markedEventsProperty().addListener((obs, old, now) -> invalidate(false));
        viewModel.selectedEventProperty().addListener((obs, old, now) -> invalidate(false));
        viewModel.markedDatesProperty().addListener((obs, old, now) -> invalidate(false));
        lanes.vvalueProperty().addListener((obs, old, now) -> scrolled());
        lanes.viewportBoundsProperty().addListener((obs, old, now) -> scrolled());
        wireMouse();
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    /** What a double-click on an event does (the window opens the event's editor). */
    public void setOnOpenItem(LongConsumer action) {
        this.onOpenItem = action == null ? id -> { } : action;
    }

    public TimelineViewModel viewModel() {
        return viewModel;
    }

    /** The layout currently on screen (for tests and for the main window's status line). */
    public TimelineLayout.Result currentLayout() {
        return lastLayout;
    }

    /** How many times the lanes were drawn (for tests: a batch of changes is drawn once). */
    int redraws() {
        return redraws;
    }

    /** Where an event's shape is drawn, in this view's coordinates (the first lane it appears in), or null if off screen. */
    public Point2D eventCentre(long eventId) {
        Node node = lookup("#timeline-event-" + eventId);
        if (node == null) {
            return null;
        }
        Node shape = node.lookup(".timeline-body");
        Bounds b = shape.localToScene(shape.getBoundsInLocal());
        return sceneToLocal((b.getMinX() + b.getMaxX()) / 2, (b.getMinY() + b.getMaxY()) / 2);
    }

    private HBox toolbar() {
        Button zoomOut = button("−", "timeline-zoom-out", "Zoom out (−, Ctrl+wheel)", viewModel::zoomOut);
        Button zoomIn = button("+", "timeline-zoom-in", "Zoom in (+, Ctrl+wheel)", viewModel::zoomIn);
        Button fit = button("Fit", "timeline-fit", "Show every dated event", viewModel::fitAll);
        ToggleGroup lanesGroup = new ToggleGroup();
        ToggleButton byArticle = laneToggle("By article", "timeline-lanes-article", LaneMode.ARTICLE, lanesGroup);
        ToggleButton byEntity = laneToggle("By entity", "timeline-lanes-entity", LaneMode.ENTITY, lanesGroup);
        viewModel.laneModeProperty().addListener((obs, old, now) -> (now == LaneMode.ARTICLE ? byArticle : byEntity).setSelected(true));
        earlier.getStyleClass().add("timeline-offscreen");
        later.getStyleClass().add("timeline-offscreen");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(6, zoomOut, zoomIn, fit, new Label("Lanes:"), byArticle, byEntity, spacer, earlier, later);
        bar.getStyleClass().add("timeline-toolbar");
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().add("timeline-button");
        b.setOnAction(e -> action.run());
        return b;
    }

    private ToggleButton laneToggle(String text, String id, LaneMode mode, ToggleGroup group) {
        ToggleButton toggle = new ToggleButton(text);
        toggle.setId(id);
        toggle.setToggleGroup(group);
        toggle.setSelected(viewModel.laneModeProperty().get() == mode);
        // A toggle group lets the user unselect; a lane mode is never "none", so re-select instead.
        toggle.setOnAction(e -> {
            toggle.setSelected(true);
            viewModel.laneModeProperty().set(mode);
        });
        return toggle;
    }

    /** Asks for one redraw after the current batch of changes; {@code relayout} when places may have moved. */
    private void invalidate(boolean relayout) {
        layoutStale |= relayout;
        if (!refreshQueued) {
            refreshQueued = true;
            Platform.runLater(this::refresh);
        }
    }

    /** Scrolling only needs a redraw once it shows rows that were not built. */
    private void scrolled() {
        double[] rows = visibleRows(0);
        if (rows[0] < drawnTop || rows[1] > drawnBottom) {
            invalidate(false);
        }
    }

    /** The rows of the plot the scroll pane shows, widened by {@code margin} viewports each way. */
    private double[] visibleRows(double margin) {
        double viewport = lanes.getViewportBounds().getHeight();
        if (viewport <= 0) {
            viewport = Math.max(lanes.getHeight(), 400);
        }
        double hidden = Math.max(0, plot.getHeight() - viewport);
        double range = lanes.getVmax() - lanes.getVmin();
        double offset = range <= 0 ? 0 : (lanes.getVvalue() - lanes.getVmin()) / range * hidden;
        return new double[]{offset - margin * viewport, offset + viewport + margin * viewport};
    }

    private void refresh() {
        refreshQueued = false;
        double width = plot.areaWidth();
        if (plot.getWidth() <= TimelinePlot.LANE_LABEL_WIDTH || viewModel.window() == null) {
            return;
        }
        if (layoutStale || lastLayout == null) {
            lastLayout = layout.layout(viewModel.entriesProperty().get(), viewModel.window(), width);
            layoutStale = false;
        }
        TimelinePlot.Marks marks = new TimelinePlot.Marks(viewModel.markedEventsProperty().get(),
                viewModel.selectedEventProperty().get(), viewModel.markedDatesProperty().get());
        // Half a screen built beyond each edge, so a short scroll shows lanes already there.
        double[] rows = visibleRows(0.5);
        drawnTop = rows[0];
        drawnBottom = rows[1];
        plot.render(lastLayout, viewModel.window(), marks, this::details, viewModel::publishedIn, drawnTop, drawnBottom);
        redraws++;
        axis.render(lastLayout.axis(), width);
        earlier.setText(lastLayout.hiddenBefore() == 0 ? "" : "◂ " + lastLayout.hiddenBefore() + " earlier");
        later.setText(lastLayout.hiddenAfter() == 0 ? "" : lastLayout.hiddenAfter() + " later ▸");
    }

    /** The tooltip: everything a label may have had to leave out. */
    private String details(long eventId) {
        return viewModel.item(eventId).map(i -> i.label() + "\n" + i.articleTitle()
                + "\nDate as written: “" + i.text() + "” → " + DateLabels.of(i.date()))
                .orElse("");
    }

    private void wireMouse() {
        Pane area = plot.area();
        area.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            dragStartX = e.getX();
            dragStartWindow = viewModel.window();
        });
        area.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (dragStartWindow != null && e.getButton() == MouseButton.PRIMARY) {
                double fraction = -(e.getX() - dragStartX) / plot.areaWidth();
                viewModel.showWindow(dragStartWindow.pan(fraction));
            }
        });
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                Long eventId = eventUnder(e.getPickResult().getIntersectedNode());
                if (eventId != null) {
                    viewModel.select(eventId);
                    if (e.getClickCount() == 2) {
                        onOpenItem.accept(eventId);
                    }
                }
            }
        });
        area.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                LocalDate anchor = viewModel.window().dateAt(e.getX(), plot.areaWidth());
                viewModel.zoomAround(anchor, e.getDeltaY() > 0 ? 1 / WHEEL_ZOOM : WHEEL_ZOOM);
                e.consume();
            }
        });
    }

    private static Long eventUnder(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("timeline-event") && n.getUserData() instanceof Long id) {
                return id;
            }
        }
        return null;
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case ESCAPE -> viewModel.clear();
            case LEFT -> viewModel.selectPrevious();
            case RIGHT -> viewModel.selectNext();
            case PLUS, ADD, EQUALS -> viewModel.zoomIn();
            case MINUS, SUBTRACT -> viewModel.zoomOut();
            default -> {
                return;
            }
        }
        e.consume();
    }
}

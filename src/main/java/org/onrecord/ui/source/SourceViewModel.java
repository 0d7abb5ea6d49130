package org.onrecord.ui.source;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.onrecord.model.Article;
import org.onrecord.model.TextSpan;
import org.onrecord.service.CaseDelta;
import org.onrecord.ui.common.TaskRunner;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.state.FocusChange;
import org.onrecord.ui.state.FocusContext;
import org.onrecord.ui.state.PaneId;
import org.onrecord.ui.state.WorkbenchState;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * The source text pane without its controls: the body of the article on screen, its heading, the
 * highlight runs to paint and the words to reveal. Confined to the FX thread (or a test thread);
 * bodies load in the background and a result for an article no longer on screen is dropped.
 */
public final class SourceViewModel {
    static final String NO_ARTICLE = "Select an article to read it here.";
    static final String LOADING = "Loading the article…";
    static final String MISSING = "This article is no longer in the case.";

    private final WorkbenchState state;
    private final TaskRunner tasks;
    private final LongFunction<Optional<Article>> articleLoader;
    private final HighlightPlanner planner = new HighlightPlanner();
    private final SearchHighlighter searchHighlighter = new SearchHighlighter();

    private final ReadOnlyStringWrapper body = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper titleLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(NO_ARTICLE);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<List<HighlightRun>> runs = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<RevealRequest> reveal = new ReadOnlyObjectWrapper<>();
    private final Map<HighlightLayer, BooleanProperty> layers = new EnumMap<>(HighlightLayer.class);

    /** Bumped on every article change; a load that finishes under an older number is stale. */
    private long loadSequence;
    private long revealSerial;
    private Article shown;
    private ArticleAnnotations annotations = ArticleAnnotations.NONE;
    private List<TextRange> searchHits = List.of();
    /** Words another pane asked us to show, kept until their article's body has arrived. */
    private TextSpan pendingReveal;

    public SourceViewModel(WorkbenchState state, TaskRunner tasks, LongFunction<Optional<Article>> articleLoader) {
        this.state = state;
        this.tasks = tasks;
        this.articleLoader = articleLoader;
        for (HighlightLayer layer : HighlightLayer.values()) {
            BooleanProperty enabled = new SimpleBooleanProperty(true);
            enabled.addListener((obs, was, is) -> replan());
            layers.put(layer, enabled);
        }
        state.articleProperty().addListener((obs, was, is) -> load(is));
        state.snapshotProperty().addListener((obs, was, is) -> {
            CaseDelta delta = state.deltaBetween(was, is);
            if (delta != null && !touchesShown(delta)) {
                return;
            }
            annotations = shown == null ? ArticleAnnotations.NONE : ArticleAnnotations.of(is, shown.id());
            replan();
        });
        state.contextProperty().addListener((obs, was, is) -> replan());
        state.focusProperty().addListener((obs, was, is) -> onFocus(is));
        state.searchQueryProperty().addListener((obs, was, is) -> {
            findSearchHits();
            replan();
        });
        load(state.article());
    }

    /** Whether an edit changed what is drawn over the shown article (its annotations, or the names and kinds they show). */
    private boolean touchesShown(CaseDelta delta) {
        return shown != null && (delta.articles().containsKey(shown.id()) || delta.entitiesChanged() || delta.kindsChanged()
                || delta.eventsChanged());
    }

    public ReadOnlyStringProperty bodyProperty() {
        return body.getReadOnlyProperty();
    }

    /** "Title · Outlet · 12 Mar 2025", leaving out what is unknown. */
    public ReadOnlyStringProperty titleLineProperty() {
        return titleLine.getReadOnlyProperty();
    }

    /** What to say instead of a body (no article, loading, failure); empty when a body is shown. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Replaced as a whole on every change, so the view restyles once per change. */
    public ReadOnlyObjectProperty<List<HighlightRun>> runsProperty() {
        return runs.getReadOnlyProperty();
    }

    /** Words to scroll to and select, set when another pane focuses something in this article. */
    public ReadOnlyObjectProperty<RevealRequest> revealProperty() {
        return reveal.getReadOnlyProperty();
    }

    public BooleanProperty layerEnabledProperty(HighlightLayer layer) {
        return layers.get(layer);
    }

    /** The id of the article whose body is shown, or null. */
    public Long shownArticleId() {
        return shown == null ? null : shown.id();
    }

    /**
     * The reader selected [start, end) (in any order). An empty selection is a click: it focuses
     * the narrowest highlighted annotation under the caret, and is ignored on plain text.
     */
    public void selectText(int start, int end) {
        if (shown == null) {
            return;
        }
        int length = body.get().length();
        int from = Math.clamp(Math.min(start, end), 0, length);
        int to = Math.clamp(Math.max(start, end), 0, length);
        if (from < to) {
            state.focus(new Focus.OnSpan(shown.id(), from, to), PaneId.SOURCE);
        } else {
            annotationAtCaret(from).ifPresent(hit -> state.focus(new Focus.OnSpan(shown.id(), hit.start(), hit.end()), PaneId.SOURCE));
        }
    }

    /** The caret sits between chars: a click on a word's last letter leaves it just past the span, so look left too. */
    private Optional<TextRange> annotationAtCaret(int caret) {
        Set<HighlightLayer> enabled = enabledLayers();
        Optional<TextRange> hit = AnnotationLookup.narrowestAt(annotations, enabled, caret);
        return hit.isPresent() || caret == 0 ? hit : AnnotationLookup.narrowestAt(annotations, enabled, caret - 1);
    }

    /** Esc. */
    public void clear() {
        state.clearFocus(PaneId.SOURCE);
    }

    private void load(Long articleId) {
        long sequence = ++loadSequence;
        show(null);
        if (articleId == null) {
            placeholder.set(NO_ARTICLE);
            loading.set(false);
            return;
        }
        placeholder.set(LOADING);
        loading.set(true);
        tasks.runQuietly(progress -> articleLoader.apply(articleId), article -> {
            if (sequence == loadSequence) {
                loading.set(false);
                placeholder.set(article.isPresent() ? "" : MISSING);
                show(article.orElse(null));
            }
        }, failure -> {
            if (sequence == loadSequence) {
                loading.set(false);
                placeholder.set("The article could not be opened: " + failure.getMessage());
            }
        });
    }

    private void show(Article article) {
        shown = article;
        if (article == null) {
            // The empty body first: restyling the old body without its runs would be work thrown away with it.
            body.set("");
        }
        // Runs first, so the view never paints old runs over a new body.
        runs.set(List.of());
        annotations = article == null ? ArticleAnnotations.NONE : ArticleAnnotations.of(state.snapshot(), article.id());
        titleLine.set(article == null ? "" : ArticleHeading.of(article));
        body.set(article == null ? "" : article.body());
        findSearchHits();
        replan();
        if (article != null && pendingReveal != null && article.id() == contextArticle()) {
            revealNow(pendingReveal);
        }
    }

    private void onFocus(FocusChange change) {
        pendingReveal = null;
        if (change.cameFrom(PaneId.SOURCE)) {
            return; // our own selection: the reader is already looking at it
        }
        FocusContext context = state.context();
        if (context.spans().isEmpty() || context.article() == null) {
            return;
        }
        if (shown != null && shown.id() == context.article()) {
            revealNow(context.spans().getFirst());
        } else {
            pendingReveal = context.spans().getFirst();
        }
    }

    private long contextArticle() {
        Long article = state.context().article();
        return article == null ? -1 : article;
    }

    private void revealNow(TextSpan span) {
        pendingReveal = null;
        int length = body.get().length();
        int start = Math.clamp(span.start(), 0, length);
        reveal.set(new RevealRequest(start, Math.clamp(span.end(), start, length), ++revealSerial));
    }

    private void findSearchHits() {
        searchHits = searchHighlighter.find(body.get(), state.searchQueryProperty().get());
    }

    private void replan() {
        if (shown == null) {
            runs.set(List.of());
            return;
        }
        FocusContext context = state.context();
        boolean contextHere = context.article() != null && context.article() == shown.id();
        runs.set(planner.plan(body.get().length(), annotations, contextHere ? context : contextWithoutSpans(context),
                searchHits, enabledLayers()));
    }

    /** A focus elsewhere still emphasises its entities here, but its words belong to another body. */
    private static FocusContext contextWithoutSpans(FocusContext c) {
        return new FocusContext(c.article(), List.of(), c.primaryEntity(), c.entities(), c.primaryStatement(),
                c.statements(), c.primaryEvent(), c.events(), c.datesFrom(), c.datesTo());
    }

    private Set<HighlightLayer> enabledLayers() {
        Set<HighlightLayer> enabled = EnumSet.noneOf(HighlightLayer.class);
        layers.forEach((layer, on) -> {
            if (on.get()) {
                enabled.add(layer);
            }
        });
        return enabled;
    }
}

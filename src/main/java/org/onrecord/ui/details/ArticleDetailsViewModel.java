package org.onrecord.ui.details;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.onrecord.model.Article;
import org.onrecord.model.ArticleMetadata;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.MetadataField;
import org.onrecord.model.PublicationDate;
import org.onrecord.service.CaseDelta;
import org.onrecord.service.OpenCase;
import org.onrecord.service.PublicationDates;
import org.onrecord.ui.common.TaskRunner;
import org.onrecord.ui.state.WorkbenchState;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The selected article's metadata, editable; each field is saved as soon as it is committed, as one
 * undoable edit. The fields follow the case when an undo or redo changes the article.
 */
public final class ArticleDetailsViewModel {
    private final WorkbenchState state;
    private final TaskRunner tasks;
    private final Supplier<OpenCase> session;
    private final Runnable afterSave;

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty outlet = new SimpleStringProperty("");
    private final StringProperty author = new SimpleStringProperty("");
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty published = new SimpleStringProperty("");
    private final ObjectProperty<DatePrecision> precision = new SimpleObjectProperty<>(DatePrecision.DAY);
    private final StringProperty fileInfo = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty editable = new SimpleBooleanProperty(false);
    private Article loaded;
    private long sequence;

    public ArticleDetailsViewModel(WorkbenchState state, TaskRunner tasks, Supplier<OpenCase> session, Runnable afterSave) {
        this.state = state;
        this.tasks = tasks;
        this.session = session;
        this.afterSave = afterSave;
        state.articleProperty().addListener((obs, o, id) -> load(id));
        state.readOnlyProperty().addListener((obs, o, why) -> editable.set(loaded != null && why == null));
        state.snapshotProperty().addListener((obs, o, n) -> {
            CaseDelta delta = state.deltaBetween(o, n);
            if (delta == null || (loaded != null && delta.articles().containsKey(loaded.id()))) {
                refresh();
            }
        });
    }

    /** After a change to the case, shows the article again if its metadata changed (typing elsewhere is kept). */
    private void refresh() {
        Article shown = loaded;
        OpenCase current = session.get();
        if (shown == null || current == null) {
            return;
        }
        long mine = sequence;
        tasks.runQuietly(p -> current.article(shown.id()), (Optional<Article> article) -> {
            if (mine == sequence && loaded == shown && article.map(a -> !a.metadata().equals(shown.metadata())).orElse(true)) {
                show(article.orElse(null));
            }
        }, error -> message.set("Could not load the article: " + error.getMessage()));
    }

    private void load(Long id) {
        long mine = ++sequence;
        OpenCase current = session.get();
        if (id == null || current == null) {
            show(null);
            return;
        }
        tasks.runQuietly(p -> current.article(id), (Optional<Article> article) -> {
            if (mine == sequence) {
                show(article.orElse(null));
            }
        }, error -> message.set("Could not load the article: " + error.getMessage()));
    }

    private void show(Article article) {
        loaded = article;
        editable.set(article != null && state.readOnly().isEmpty());
        message.set("");
        if (article == null) {
            title.set("");
            outlet.set("");
            author.set("");
            url.set("");
            published.set("");
            fileInfo.set("");
            return;
        }
        ArticleMetadata m = article.metadata();
        title.set(nz(m.title()));
        outlet.set(nz(m.outlet()));
        author.set(nz(m.author()));
        url.set(nz(m.url()));
        published.set(m.published() == null ? "" : format(m.published()));
        precision.set(m.published() == null ? DatePrecision.DAY : m.published().precision());
        fileInfo.set(fileInfo(article));
    }

    /** Where the article came from, in plain words: "Read from report.pdf (PDF, 2,639 characters); outlet and author typed in". */
    static String fileInfo(Article article) {
        String kind = switch (article.mediaType() == null ? "" : article.mediaType()) {
            case "application/pdf" -> "PDF";
            case "text/html" -> "web page";
            case "text/markdown" -> "Markdown";
            case "text/plain" -> "plain text";
            default -> article.mediaType();
        };
        String read = "Read from " + article.fileName() + " (" + kind + ", "
                + String.format(Locale.ROOT, "%,d", article.body().length()) + " characters)";
        if (article.given().isEmpty()) {
            return read + ".";
        }
        List<String> fields = article.given().stream().sorted().map(ArticleDetailsViewModel::fieldName).toList();
        String joined = fields.size() == 1 ? fields.getFirst()
                : String.join(", ", fields.subList(0, fields.size() - 1)) + " and " + fields.getLast();
        return read + "; " + joined + " typed in by hand.";
    }

    private static String fieldName(MetadataField field) {
        return switch (field) {
            case TITLE -> "title";
            case OUTLET -> "outlet";
            case AUTHOR -> "author";
            case URL -> "web address";
            case PUBLISHED -> "publication date";
            case LANGUAGE -> "language";
        };
    }

    private static String format(PublicationDate date) {
        return switch (date.precision()) {
            case YEAR -> Integer.toString(date.date().getYear());
            case MONTH -> date.date().toString().substring(0, 7);
            default -> date.date().toString();
        };
    }

    /** Saves the fields that differ from what is stored; a bad date is reported and nothing is saved. */
    public void save() {
        if (loaded == null) {
            return;
        }
        PublicationDate date;
        try {
            date = parseDate(published.get());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        ArticleMetadata m = loaded.metadata();
        ArticleMetadata given = new ArticleMetadata(changed(title.get(), m.title()), changed(outlet.get(), m.outlet()),
                changed(author.get(), m.author()), changed(url.get(), m.url()),
                date != null && !date.equals(m.published()) ? date : null, null);
        if (given.equals(ArticleMetadata.EMPTY)) {
            return;
        }
        OpenCase current = session.get();
        long id = loaded.id();
        tasks.runQuietly(p -> {
            current.edits().giveMetadata(id, given);
            return current.article(id);
        }, (Optional<Article> article) -> {
            show(article.orElse(null));
            message.set("Saved.");
            afterSave.run();
        }, error -> message.set("Not saved: " + error.getMessage()));
    }

    /** Empty: no date given. A day keeps the precision chosen beside it (a week, say). */
    private PublicationDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        PublicationDate date = PublicationDates.parse(text);
        return date.precision() == DatePrecision.DAY && precision.get() != null
                ? new PublicationDate(date.date(), precision.get()) : date;
    }

    private static String changed(String value, String stored) {
        String v = value == null ? "" : value.strip();
        return v.isEmpty() || v.equals(stored) ? null : v;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty outletProperty() {
        return outlet;
    }

    public StringProperty authorProperty() {
        return author;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty publishedProperty() {
        return published;
    }

    public ObjectProperty<DatePrecision> precisionProperty() {
        return precision;
    }

    public StringProperty fileInfoProperty() {
        return fileInfo;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }
}

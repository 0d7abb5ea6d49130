package org.onrecord.ui.annotate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onrecord.model.ArticleSummary;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.Entity;
import org.onrecord.model.EntityType;
import org.onrecord.model.StatementKind;
import org.onrecord.model.TextSpan;
import org.onrecord.service.CaseSnapshot;
import org.onrecord.ui.common.TaskRunner;
import org.onrecord.ui.state.Focus;
import org.onrecord.ui.state.PaneId;
import org.onrecord.ui.state.WorkbenchState;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The compact editor beside the text: turns the selected words into a statement (Q), an entity
 * mention (E) or a dated event (T). Saving is one edit, undoable; Esc cancels.
 */
public final class AnnotationEditorViewModel {
    private final WorkbenchState state;
    private final TaskRunner tasks;
    private final Supplier<AnnotationCommands> commands;

    private final ReadOnlyObjectWrapper<EditorMode> mode = new ReadOnlyObjectWrapper<>(EditorMode.NONE);
    private final StringProperty words = new SimpleStringProperty("");
    private final StringProperty speaker = new SimpleStringProperty("");
    private final StringProperty via = new SimpleStringProperty("");
    private final ObjectProperty<StatementKind> kind = new SimpleObjectProperty<>();
    private final BooleanProperty reported = new SimpleBooleanProperty(false);
    private final StringProperty dateSaid = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty entityName = new SimpleStringProperty("");
    private final ObjectProperty<EntityType> entityType = new SimpleObjectProperty<>(EntityType.PERSON);
    private final BooleanProperty addAsAlias = new SimpleBooleanProperty(true);
    private final StringProperty dateValue = new SimpleStringProperty("");
    private final ObjectProperty<DatePrecision> datePrecision = new SimpleObjectProperty<>(DatePrecision.DAY);
    private final StringProperty dateExplanation = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<StatementKind> kinds = FXCollections.observableArrayList();
    private final ObservableList<String> entityNames = FXCollections.observableArrayList();
    private final ObservableList<String> vias = FXCollections.observableArrayList();
    private final ObservableList<Entity> linkableEntities = FXCollections.observableArrayList();
    private final ObservableList<org.onrecord.model.Statement> linkableStatements = FXCollections.observableArrayList();
    private final javafx.collections.ObservableSet<Long> linkedEntities = FXCollections.observableSet();
    private final javafx.collections.ObservableSet<Long> linkedStatements = FXCollections.observableSet();
    private TextSpan span;
    private long articleId;
    private final org.onrecord.dates.TemporalExpressionFinder finder = new org.onrecord.dates.TemporalExpressionFinder();

    public AnnotationEditorViewModel(WorkbenchState state, TaskRunner tasks, Supplier<AnnotationCommands> commands) {
        this.state = state;
        this.tasks = tasks;
        this.commands = commands;
        state.snapshotProperty().addListener((obs, o, n) -> refreshChoices(n));
        refreshChoices(state.snapshot());
    }

    private void refreshChoices(CaseSnapshot snapshot) {
        kinds.setAll(snapshot.kinds());
        entityNames.setAll(snapshot.entities().stream().flatMap(e -> e.aliases().stream()).distinct().sorted().toList());
        vias.setAll(snapshot.statements().stream().map(s -> s.via()).filter(v -> v != null && !v.isBlank()).distinct().sorted().toList());
    }

    /** Opens the editor on the words selected in the source pane; false when nothing is selected. */
    public boolean begin(EditorMode newMode, String body) {
        Focus focus = state.focus().focus();
        if (!(focus instanceof Focus.OnSpan selection) || selection.start() >= selection.end() || body == null
                || selection.end() > body.length()) {
            message.set("Select words in the source text first.");
            return false;
        }
        articleId = selection.articleId();
        span = WordSnap.snap(body, selection.start(), selection.end());
        words.set(span.text());
        message.set("");
        switch (newMode) {
            case STATEMENT -> prepareStatement(body);
            case ENTITY -> prepareEntity();
            case EVENT -> prepareEvent();
            case NONE -> {
            }
        }
        mode.set(newMode);
        return true;
    }

    private void prepareStatement(String body) {
        speaker.set("");
        via.set("");
        reported.set(false);
        note.set("");
        if (kind.get() == null && !kinds.isEmpty()) {
            kind.set(kinds.getFirst());
        }
        dateSaid.set(saidOn(body).map(LocalDate::toString).orElse(""));
    }

    /**
     * The day the words were said, as the article puts it: a day named in the same sentence
     * ("said on Tuesday", "told VOA on Dec. 3") resolved against the publication date, else the
     * publication date itself.
     */
    private Optional<LocalDate> saidOn(String body) {
        Optional<LocalDate> published = publication();
        int from = Math.max(0, body.lastIndexOf('.', Math.max(0, span.start() - 1)) + 1);
        int to = body.indexOf('.', span.end());
        String sentence = body.substring(from, to < 0 ? body.length() : Math.min(body.length(), to + 1));
        for (var found : finder.find(sentence, published.orElse(null))) {
            var resolved = found.resolution();
            if (resolved.isPresent() && resolved.get().date().isExactDay()) {
                return Optional.of(resolved.get().date().from());
            }
        }
        return published;
    }

    private void prepareEntity() {
        String text = span.text().strip();
        entityName.set(text);
        Optional<Entity> existing = findEntity(text);
        existing.ifPresent(e -> {
            entityName.set(e.name());
            entityType.set(e.type());
        });
        addAsAlias.set(existing.isPresent());
    }

    private void prepareEvent() {
        description.set("");
        var snapshot = state.snapshot();
        java.util.Set<Long> mentioned = new java.util.LinkedHashSet<>();
        snapshot.mentionsIn(articleId).forEach(m -> mentioned.add(m.entityId()));
        linkableEntities.setAll(mentioned.stream().map(snapshot::entity).flatMap(Optional::stream).toList());
        linkableStatements.setAll(snapshot.statements().stream().filter(s -> s.articleId() == articleId).toList());
        linkedEntities.clear();
        linkedStatements.clear();
        // A date inside a quote is most likely about that statement.
        linkableStatements.stream().filter(s -> s.span().overlaps(span.start(), span.end())).forEach(s -> linkedStatements.add(s.id()));
        Optional<AnnotationCommands.ProposedDate> proposed = commands.get().proposeDate(span.text(), publication().orElse(null));
        if (proposed.isPresent()) {
            dateValue.set(proposed.get().value());
            datePrecision.set(proposed.get().precision());
            dateExplanation.set(proposed.get().explanation());
        } else {
            dateValue.set("");
            datePrecision.set(DatePrecision.DAY);
            dateExplanation.set("No date could be read from these words: type a value (2014-11-24, 2014-11, 2014, PAST_REF).");
        }
    }

    private Optional<LocalDate> publication() {
        return state.snapshot().article(articleId).map(ArticleSummary::published)
                .filter(p -> p.precision() == DatePrecision.DAY).map(p -> p.date());
    }

    private Optional<Entity> findEntity(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return state.snapshot().entities().stream()
                .filter(e -> e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(n)) || e.name().toLowerCase(Locale.ROOT).equals(n))
                .findFirst();
    }

    /** Enter: saves in the background (one transaction), then closes the editor and reloads the panes. */
    public void save() {
        AnnotationCommands c = commands.get();
        if (c == null || mode.get() == EditorMode.NONE) {
            return;
        }
        BackgroundSave work;
        try {
            work = switch (mode.get()) {
                case STATEMENT -> statementWork(c);
                case ENTITY -> entityWork(c);
                case EVENT -> eventWork(c);
                case NONE -> null;
            };
        } catch (IllegalArgumentException | DateTimeParseException e) {
            message.set(e.getMessage());
            return;
        }
        tasks.runQuietly(p -> work.run(), (String done) -> {
            mode.set(EditorMode.NONE);
            message.set(done);
        }, error -> message.set("Not saved: " + error.getMessage()));
    }

    @FunctionalInterface
    private interface BackgroundSave {
        String run() throws Exception;
    }

    private BackgroundSave statementWork(AnnotationCommands c) {
        StatementKind k = kind.get();
        if (k == null) {
            throw new IllegalArgumentException("Choose a kind.");
        }
        String speakerText = speaker.get() == null ? "" : speaker.get().strip();
        Long speakerEntity = speakerText.isEmpty() ? null : findEntity(speakerText).map(Entity::id).orElse(null);
        LocalDate said = parseDay(dateSaid.get());
        String viaText = blankToNull(via.get());
        String noteText = blankToNull(note.get());
        TextSpan s = span;
        long article = articleId;
        boolean direct = !reported.get();
        return () -> {
            c.addStatement(article, s, k.code(), blankToNull(speakerText), speakerEntity, viaText, direct, said, noteText);
            return "Statement saved.";
        };
    }

    private BackgroundSave entityWork(AnnotationCommands c) {
        String name = blankToNull(entityName.get());
        if (name == null) {
            throw new IllegalArgumentException("An entity needs a name.");
        }
        Optional<Entity> existing = findEntity(name);
        EntityType type = entityType.get();
        TextSpan s = span;
        long article = articleId;
        boolean alias = addAsAlias.get();
        return () -> {
            c.addMention(existing.map(Entity::id).orElse(null), name, type, alias ? s.text().strip() : null, article, s);
            return existing.isPresent() ? "Mention of " + existing.get().name() + " saved." : "Entity " + name + " saved.";
        };
    }

    private BackgroundSave eventWork(AnnotationCommands c) {
        String value = blankToNull(dateValue.get());
        if (value == null) {
            throw new IllegalArgumentException("Give the date (2014-11-24, 2014-11, 2014-W49, 2014, PAST_REF).");
        }
        TextSpan s = span;
        long article = articleId;
        String text = blankToNull(description.get());
        java.util.Set<Long> entities = java.util.Set.copyOf(linkedEntities);
        java.util.Set<Long> statements = java.util.Set.copyOf(linkedStatements);
        return () -> {
            c.addEvent(article, s, value, text, entities, statements);
            return "Event saved.";
        };
    }

    /** A kind the case does not have yet: its code is made from the label ("Threat to sue" → threat_to_sue). */
    public void addKind(String label) {
        AnnotationCommands c = commands.get();
        if (c == null || label == null || label.isBlank()) {
            return;
        }
        String code = label.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (code.isEmpty() || !Character.isLetter(code.charAt(0))) {
            message.set("A kind's name must start with a letter.");
            return;
        }
        StatementKind created = new StatementKind(code, label.strip());
        tasks.runQuietly(p -> {
            c.addKind(created.code(), created.label());
            return created;
        }, (StatementKind k) -> {
            kinds.add(k);
            kind.set(k);
            message.set("New kind “" + k.label() + "” added to this case.");
        }, error -> message.set("Not added: " + error.getMessage()));
    }

    public void cancel() {
        mode.set(EditorMode.NONE);
        message.set("");
    }

    private static LocalDate parseDay(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("“" + t + "” is not a day: use YYYY-MM-DD or leave it empty.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public ReadOnlyObjectProperty<EditorMode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public StringProperty wordsProperty() {
        return words;
    }

    public StringProperty speakerProperty() {
        return speaker;
    }

    public StringProperty viaProperty() {
        return via;
    }

    public ObjectProperty<StatementKind> kindProperty() {
        return kind;
    }

    public BooleanProperty reportedProperty() {
        return reported;
    }

    public StringProperty dateSaidProperty() {
        return dateSaid;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty entityNameProperty() {
        return entityName;
    }

    public ObjectProperty<EntityType> entityTypeProperty() {
        return entityType;
    }

    public BooleanProperty addAsAliasProperty() {
        return addAsAlias;
    }

    public StringProperty dateValueProperty() {
        return dateValue;
    }

    public ObjectProperty<DatePrecision> datePrecisionProperty() {
        return datePrecision;
    }

    public StringProperty dateExplanationProperty() {
        return dateExplanation;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObservableList<StatementKind> kinds() {
        return kinds;
    }

    public ObservableList<String> entityNames() {
        return entityNames;
    }

    public ObservableList<String> vias() {
        return vias;
    }

    public ObservableList<Entity> linkableEntities() {
        return linkableEntities;
    }

    public ObservableList<org.onrecord.model.Statement> linkableStatements() {
        return linkableStatements;
    }

    public javafx.collections.ObservableSet<Long> linkedEntities() {
        return linkedEntities;
    }

    public javafx.collections.ObservableSet<Long> linkedStatements() {
        return linkedStatements;
    }

    public List<EntityType> entityTypes() {
        return List.of(EntityType.values());
    }
}

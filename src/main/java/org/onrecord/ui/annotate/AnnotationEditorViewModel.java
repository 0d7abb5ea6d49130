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
import org.onrecord.dates.SaidOn;
import org.onrecord.model.ArticleSummary;
import org.onrecord.model.DatePrecision;
import org.onrecord.model.Entity;
import org.onrecord.model.EntityNames;
import org.onrecord.model.EntityType;
import org.onrecord.model.StatementKind;
import org.onrecord.model.TextSpan;
import org.onrecord.service.CaseSnapshot;
import org.onrecord.service.Days;
import org.onrecord.service.Occurrences;
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
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.ObservableSet;
import org.onrecord.model.Event;
import org.onrecord.model.Mention;
import org.onrecord.model.Statement;

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
    private final StringProperty outcome = new SimpleStringProperty("");
    private final StringProperty dateSaidHint = new SimpleStringProperty("");
    private final ObjectProperty<MarkScope> markScope = new SimpleObjectProperty<>(MarkScope.THESE_WORDS);
    private final IntegerProperty occurrencesHere = new SimpleIntegerProperty(1);
    private final ObservableList<StatementKind> kinds = FXCollections.observableArrayList();
    private final ObservableList<String> entityNames = FXCollections.observableArrayList();
    private final ObservableList<String> vias = FXCollections.observableArrayList();
    private final ObservableList<Entity> linkableEntities = FXCollections.observableArrayList();
    private final ObservableList<Statement> linkableStatements = FXCollections.observableArrayList();
    private final ObservableSet<Long> linkedEntities = FXCollections.observableSet();
    private final ObservableSet<Long> linkedStatements = FXCollections.observableSet();
    private TextSpan span;
    private long articleId;
    private String body = "";
    /** The type given to the last new entity: the best guess for the next one. */
    private EntityType lastType;
    /** The date read from the marked words, kept when it has no typed form (a week, a vague date). */
    private String proposedValue;
    /** The item just saved, selected in its pane once the reloaded case holds it. */
    private NewItem pendingFocus;

    public AnnotationEditorViewModel(WorkbenchState state, TaskRunner tasks, Supplier<AnnotationCommands> commands) {
        this.state = state;
        this.tasks = tasks;
        this.commands = commands;
        state.snapshotProperty().addListener((obs, o, n) -> {
            refreshChoices(n);
            focusNewItem(n);
        });
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
        this.body = body;
        span = WordSnap.snap(body, selection.start(), selection.end());
        outcome.set("");
        words.set(span.text());
        message.set("");
        switch (newMode) {
            case STATEMENT -> prepareStatement(body);
            case ENTITY -> prepareEntity();
            case EVENT -> prepareEvent();
            case NONE -> {
            }
        }
        if (mode.get() == newMode) {
            mode.set(EditorMode.NONE); // the same editor on new words: built afresh, its first field focused again
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
        Optional<SaidOn.Stated> proposed = SaidOn.stated(body, span, publication().orElse(null));
        dateSaid.set(proposed.map(p -> p.day().toString()).orElse(""));
        dateSaidHint.set(proposed.map(p -> "Proposed from the words “" + p.words() + "”").orElse(""));
    }

    private void prepareEntity() {
        String text = span.text().strip();
        entityName.set(text);
        Optional<Entity> existing = findEntity(text);
        existing.ifPresent(e -> {
            entityName.set(e.name());
            entityType.set(e.type());
        });
        if (existing.isEmpty()) {
            entityType.set(lastType != null ? lastType : EntityTypeGuess.of(text));
        }
        addAsAlias.set(existing.isPresent());
        markScope.set(MarkScope.THESE_WORDS);
        occurrencesHere.set(Occurrences.of(body, span.text()).size());
    }

    private void prepareEvent() {
        description.set("");
        var snapshot = state.snapshot();
        Set<Long> mentioned = new LinkedHashSet<>();
        snapshot.mentionsIn(articleId).forEach(m -> mentioned.add(m.entityId()));
        linkableEntities.setAll(mentioned.stream().map(snapshot::entity).flatMap(Optional::stream).toList());
        linkableStatements.setAll(snapshot.statements().stream().filter(s -> s.articleId() == articleId).toList());
        linkedEntities.clear();
        linkedStatements.clear();
        // A date inside a quote is most likely about that statement.
        linkableStatements.stream().filter(s -> s.span().overlaps(span.start(), span.end())).forEach(s -> linkedStatements.add(s.id()));
        Optional<AnnotationCommands.ProposedDate> proposed = commands.get().proposeDate(span.text(), publication().orElse(null));
        if (proposed.isPresent()) {
            // A week or a vague date ("a few months ago") has no typed form: the field stays empty and
            // saving keeps what was read; the researcher sees it in words, never as 2014-W49 or PAST_REF.
            proposedValue = proposed.get().value();
            dateValue.set(EventDates.typed(proposed.get().value(), proposed.get().precision()));
            datePrecision.set(proposed.get().precision());
            dateExplanation.set(dateValue.get().isEmpty() ? "Read from the words (leave the date empty to keep it): "
                    + proposed.get().explanation() : proposed.get().explanation());
        } else {
            proposedValue = null;
            dateValue.set("");
            datePrecision.set(DatePrecision.DAY);
            dateExplanation.set("No date could be read from these words: type a day (2014-11-24), a month (2014-11) or a year (2014).");
        }
    }

    private Optional<LocalDate> publication() {
        return state.snapshot().article(articleId).map(ArticleSummary::published)
                .filter(p -> p.precision() == DatePrecision.DAY).map(p -> p.date());
    }

    private Optional<Entity> findEntity(String name) {
        return EntityNames.find(state.snapshot().entities(), name);
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
        EditorMode saved = mode.get();
        NewItem expected = new NewItem(saved, articleId, span, knownIds(state.snapshot(), saved));
        tasks.runQuietly(p -> work.run(), (String done) -> {
            pendingFocus = expected;
            message.set("");
            mode.set(EditorMode.NONE);
            outcome.set(done);
            focusNewItem(state.snapshot());
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
        LocalDate said = Days.parse(dateSaid.get());
        String viaText = blankToNull(via.get());
        String noteText = blankToNull(note.get());
        TextSpan s = span;
        long article = articleId;
        boolean direct = !reported.get();
        return () -> {
            c.addStatement(article, s, k.code(), blankToNull(speakerText), speakerEntity, viaText, direct, said, noteText);
            return k.label() + " added — Ctrl+Z undoes it.";
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
        if (existing.isEmpty()) {
            lastType = type;
        }
        MarkScope scope = markScope.get();
        String shown = existing.map(Entity::name).orElse(name);
        if (scope != MarkScope.THESE_WORDS) {
            List<Long> articles = scope == MarkScope.THIS_ARTICLE ? List.of(article)
                    : state.snapshot().articles().stream().map(ArticleSummary::id).toList();
            return () -> {
                int marked = c.markEveryOccurrence(existing.map(Entity::id).orElse(null), name, type, alias ? s.text().strip() : null,
                        s.text().strip(), articles);
                return (existing.isPresent() ? "" : "Entity " + shown + " added; ") + marked + " mention" + (marked == 1 ? "" : "s")
                        + " of “" + s.text().strip() + "” marked as " + shown + " — Ctrl+Z undoes it.";
            };
        }
        return () -> {
            c.addMention(existing.map(Entity::id).orElse(null), name, type, alias ? s.text().strip() : null, article, s);
            return existing.isPresent() ? "Mention of " + shown + " added — Ctrl+Z undoes it."
                    : "Entity " + shown + " added — Ctrl+Z undoes it.";
        };
    }

    private BackgroundSave eventWork(AnnotationCommands c) {
        String typed = blankToNull(dateValue.get());
        String value = typed != null ? typed : proposedValue;
        if (value == null) {
            throw new IllegalArgumentException("Give the date: a day (2014-11-24), a month (2014-11) or a year (2014).");
        }
        TextSpan s = span;
        long article = articleId;
        String text = blankToNull(description.get());
        Set<Long> entities = Set.copyOf(linkedEntities);
        Set<Long> statements = Set.copyOf(linkedStatements);
        return () -> {
            c.addEvent(article, s, value, text, entities, statements);
            return "Event added — Ctrl+Z undoes it.";
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
        if (mode.get() == EditorMode.NONE) {
            return;
        }
        mode.set(EditorMode.NONE);
        message.set("");
        outcome.set("Cancelled — nothing saved.");
    }

    /**
     * One key chooses the kind: its number in the list (1–9) or the first letter of its name
     * (pressed again, the next kind with that letter). False when the key names no kind.
     */
    public boolean chooseKind(String key) {
        if (key == null || key.length() != 1 || kinds.isEmpty()) {
            return false;
        }
        char c = Character.toLowerCase(key.charAt(0));
        if (c >= '1' && c <= '9') {
            int index = c - '1';
            if (index < kinds.size()) {
                kind.set(kinds.get(index));
                return true;
            }
            return false;
        }
        if (!Character.isLetter(c)) {
            return false;
        }
        int current = kinds.indexOf(kind.get());
        for (int step = 1; step <= kinds.size(); step++) {
            StatementKind k = kinds.get(Math.floorMod(current + step, kinds.size()));
            if (!k.label().isEmpty() && Character.toLowerCase(k.label().charAt(0)) == c) {
                kind.set(k);
                return true;
            }
        }
        return false;
    }

    /** Where E marks the words: only here, or every place they stand in this article or in the whole case. */
    public enum MarkScope {
        THESE_WORDS, THIS_ARTICLE, WHOLE_CASE
    }

    private record NewItem(EditorMode mode, long articleId, TextSpan span, Set<Long> before) {
    }

    private static Set<Long> knownIds(CaseSnapshot snapshot, EditorMode mode) {
        return switch (mode) {
            case STATEMENT -> snapshot.statements().stream().map(Statement::id).collect(Collectors.toSet());
            case EVENT -> snapshot.events().stream().map(Event::id).collect(Collectors.toSet());
            case ENTITY -> snapshot.mentions().stream().map(Mention::id).collect(Collectors.toSet());
            case NONE -> Set.of();
        };
    }

    /** Once the reloaded case holds the item just saved, it gets the focus (its pane selects it). */
    private void focusNewItem(CaseSnapshot snapshot) {
        NewItem item = pendingFocus;
        if (item == null) {
            return;
        }
        Optional<Focus> found = switch (item.mode()) {
            case STATEMENT -> snapshot.statements().stream()
                    .filter(x -> !item.before().contains(x.id()) && x.articleId() == item.articleId() && sameRange(x.span(), item.span()))
                    .findFirst().map(x -> new Focus.OnStatement(x.id()));
            case EVENT -> snapshot.events().stream()
                    .filter(x -> !item.before().contains(x.id()) && x.articleId() == item.articleId() && sameRange(x.span(), item.span()))
                    .findFirst().map(x -> new Focus.OnEvent(x.id()));
            case ENTITY -> snapshot.mentions().stream()
                    .filter(x -> !item.before().contains(x.id()) && x.articleId() == item.articleId() && sameRange(x.span(), item.span()))
                    .findFirst().map(x -> new Focus.OnEntity(x.entityId()));
            case NONE -> Optional.empty();
        };
        found.ifPresent(f -> {
            pendingFocus = null;
            state.focus(f, PaneId.SOURCE);
        });
    }

    private static boolean sameRange(TextSpan a, TextSpan b) {
        return a.start() == b.start() && a.end() == b.end();
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

    /** What the last save or cancel did, in one line for the status bar. */
    public StringProperty outcomeProperty() {
        return outcome;
    }

    /** Where the proposed "said on" day comes from; empty when nothing is proposed. */
    public StringProperty dateSaidHintProperty() {
        return dateSaidHint;
    }

    public ObjectProperty<MarkScope> markScopeProperty() {
        return markScope;
    }

    /** How many times the selected words stand in this article (for the "every occurrence" choice). */
    public IntegerProperty occurrencesHereProperty() {
        return occurrencesHere;
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

    public ObservableList<Statement> linkableStatements() {
        return linkableStatements;
    }

    public ObservableSet<Long> linkedEntities() {
        return linkedEntities;
    }

    public ObservableSet<Long> linkedStatements() {
        return linkedStatements;
    }

    public List<EntityType> entityTypes() {
        return List.of(EntityType.values());
    }
}

package org.onrecord.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onrecord.model.AnchorState;
import org.onrecord.model.Entity;
import org.onrecord.model.EntityType;
import org.onrecord.model.Event;
import org.onrecord.model.Mention;
import org.onrecord.model.Statement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class EditCommandsTest {
    @TempDir
    Path dir;
    CliCase c;

    @BeforeEach
    void importArticle() throws Exception {
        c = new CliCase(dir);
    }

    private Entity entity(long id) {
        return c.read(s -> s.entities().find(id).orElseThrow());
    }

    private java.util.List<Entity> entities() {
        return c.read(s -> s.entities().all());
    }

    private java.util.List<Mention> mentionsOf(long entity) {
        return c.read(s -> s.entities().mentionsOf(entity));
    }

    private Statement statement(long id) {
        return c.read(s -> s.statements().find(id).orElseThrow());
    }

    private Event event(long id) {
        return c.read(s -> s.events().find(id).orElseThrow());
    }

    @Test
    void entityAddPrintsItsIdAndListShowsItsAliases() {
        assertThat(c.ok("entity", "add", "--name", "North Korea", "--type", "LOCATION", "--alias", "DPRK", "--alias", "the North"))
                .isEqualTo("entity 1\n");
        assertThat(c.ok("entity", "add", "--name", "Pyongyang", "--type", "location")).isEqualTo("entity 2\n");
        assertThat(c.ok("entity", "list")).contains("1\tLOCATION\tNorth Korea\tNorth Korea; DPRK; the North\t0");
    }

    @Test
    void entityAddWithABadTypeOrNoNameChangesNothing() {
        assertThat(c.fails("entity", "add", "--name", "North Korea", "--type", "COUNTRY")).contains("--type").contains("COUNTRY");
        assertThat(c.fails("entity", "add", "--name", " ", "--type", "LOCATION")).contains("must not be empty");
        assertThat(c.fails("entity", "add", "--type", "LOCATION")).contains("--name");
    }

    @Test
    void mentionAddFindsTheWordsOrTheOffsets() {
        c.ok("entity", "add", "--name", "DPRK", "--type", "LOCATION");
        assertThat(c.ok("mention", "add", "--entity", "1", "--article", "1", "--text", "DPRK", "--occurrence", "2"))
                .isEqualTo("mention 1\n");
        int at = c.body().indexOf("Pyongyang");
        c.ok("entity", "add", "--name", "Pyongyang", "--type", "LOCATION");
        assertThat(c.ok("mention", "add", "--entity", "2", "--article", "1", "--start", String.valueOf(at),
                "--end", String.valueOf(at + 9))).isEqualTo("mention 2\n");
        Mention second = c.read(s -> s.entities().findMention(1).orElseThrow());
        assertThat(second.span().start()).isEqualTo(c.body().lastIndexOf("DPRK"));
        assertThat(c.read(s -> s.entities().findMention(2).orElseThrow()).span().text()).isEqualTo("Pyongyang");
    }

    @Test
    void mentionAddExplainsAbsentAmbiguousAndUnknown() {
        c.ok("entity", "add", "--name", "DPRK", "--type", "LOCATION");
        assertThat(c.fails("mention", "add", "--entity", "1", "--article", "1", "--text", "DPRK"))
                .contains("occurs 2 times; say which with --occurrence N");
        assertThat(c.fails("mention", "add", "--entity", "1", "--article", "1", "--text", "Seoul")).contains("is not in the article");
        assertThat(c.fails("mention", "add", "--entity", "1", "--article", "1", "--text", "DPRK", "--occurrence", "3"))
                .contains("occurs 2 time(s), not 3");
        assertThat(c.fails("mention", "add", "--entity", "9", "--article", "1", "--text", "Korea")).contains("no entity with id 9");
        assertThat(c.fails("mention", "add", "--entity", "1", "--article", "4", "--text", "Korea")).contains("no article with id 4");
        assertThat(c.fails("mention", "add", "--entity", "1", "--article", "1")).contains("--text");
        assertThat(c.fails("mention", "add", "--entity", "1", "--article", "1", "--start", "5")).contains("--end");
        assertThat(c.fails("mention", "add", "--entity", "1", "--article", "1", "--start", "5", "--end", "99999"))
                .contains("outside the article body");
        assertThat(c.fails("mention", "add", "--entity", "1", "--article", "1", "--text", "Korea", "--start", "1", "--end", "3"))
                .contains("not both");
    }

    @Test
    void mentionDeleteRemovesItAndRefusesAnUnknownId() {
        c.ok("entity", "add", "--name", "Pyongyang", "--type", "LOCATION");
        c.ok("mention", "add", "--entity", "1", "--article", "1", "--text", "Pyongyang", "--occurrence", "1");
        assertThat(c.ok("mention", "delete", "1")).isEqualTo("deleted mention 1\n");
        assertThat(c.fails("mention", "delete", "1")).contains("no mention with id 1");
    }

    @Test
    void mergeThenSplitRestoresBothEntities() {
        c.ok("entity", "add", "--name", "North Korea", "--type", "LOCATION");
        c.ok("entity", "add", "--name", "DPRK", "--type", "LOCATION", "--alias", "the DPRK");
        c.ok("mention", "add", "--entity", "1", "--article", "1", "--text", "North Korea");
        c.ok("mention", "add", "--entity", "2", "--article", "1", "--text", "DPRK", "--occurrence", "1");
        c.ok("mention", "add", "--entity", "2", "--article", "1", "--text", "DPRK", "--occurrence", "2");
        c.ok("statement", "add", "--article", "1", "--text", "We deny everything", "--kind", "denial", "--speaker-entity", "2");

        assertThat(c.ok("entity", "merge", "--into", "1", "2")).contains("merged 2 into entity 1").contains("DPRK, the DPRK");
        assertThat(entities()).singleElement().extracting(Entity::aliases)
                .asList().containsExactly("North Korea", "DPRK", "the DPRK");
        assertThat(mentionsOf(1)).hasSize(3);
        assertThat(statement(1).speakerEntityId()).isEqualTo(1L);

        String split = c.ok("entity", "split", "1", "--alias", "DPRK");
        assertThat(split).startsWith("entity 2\n").contains("with 2 mention(s)");
        assertThat(entity(2).name()).isEqualTo("DPRK");
        assertThat(entity(2).type()).isEqualTo(EntityType.LOCATION);
        assertThat(mentionsOf(2)).extracting(m -> m.span().text()).containsExactly("DPRK", "DPRK");
        assertThat(statement(1).speakerEntityId()).isEqualTo(2L);
        assertThat(entity(1).aliases()).containsExactly("North Korea", "the DPRK");
    }

    @Test
    void mergeAndSplitRefuseBadInput() {
        c.ok("entity", "add", "--name", "North Korea", "--type", "LOCATION", "--alias", "DPRK");
        assertThat(c.fails("entity", "merge", "--into", "1", "1")).contains("into itself");
        assertThat(c.fails("entity", "merge", "--into", "1", "7")).contains("no entity with id 7");
        assertThat(c.fails("entity", "merge", "--into", "1")).contains("ID");
        assertThat(c.fails("entity", "split", "1", "--alias", "Pyongyang")).contains("has no alias \"Pyongyang\"");
        assertThat(c.fails("entity", "split", "1", "--alias", "North Korea")).contains("is the name");
        assertThat(c.fails("entity", "split", "8", "--alias", "DPRK")).contains("no entity with id 8");
    }

    @Test
    void entityEditRenamesRetypesAndAliasesAreAddedAndRemoved() {
        c.ok("entity", "add", "--name", "Nrth Korea", "--type", "PERSON");
        assertThat(c.ok("entity", "edit", "1", "--name", "North Korea", "--type", "LOCATION"))
                .isEqualTo("entity 1: North Korea (LOCATION)\n");
        assertThat(c.fails("entity", "edit", "1")).contains("--name and/or --type");
        assertThat(c.fails("entity", "edit", "5", "--name", "X")).contains("no entity with id 5");
        assertThat(c.ok("entity", "alias", "add", "1", "DPRK")).contains("North Korea, DPRK");
        assertThat(c.fails("entity", "alias", "add", "1", "dprk")).contains("already goes by");
        assertThat(c.ok("entity", "alias", "remove", "1", "DPRK")).isEqualTo("entity 1 aliases: North Korea\n");
        assertThat(c.fails("entity", "alias", "remove", "1", "DPRK")).contains("has no alias");
        assertThat(c.ok("entity", "delete", "1")).isEqualTo("deleted entity 1\n");
        assertThat(c.fails("entity", "delete", "1")).contains("no entity with id 1");
    }

    @Test
    void statementAddTakesEveryOptionAndPrintsItsId() {
        c.ok("entity", "add", "--name", "DPRK", "--type", "LOCATION");
        assertThat(c.ok("statement", "add", "--article", "1", "--text", "We deny everything", "--kind", "denial",
                "--speaker", "the DPRK envoy", "--speaker-entity", "1", "--via", "Elling Gazette", "--reported",
                "--date-said", "2014-12-04", "--note", "check with the envoy")).isEqualTo("statement 1\n");
        Statement s = statement(1);
        assertThat(s.span().text()).isEqualTo("We deny everything");
        assertThat(s.speaker()).isEqualTo("the DPRK envoy");
        assertThat(s.speakerEntityId()).isEqualTo(1L);
        assertThat(s.via()).isEqualTo("Elling Gazette");
        assertThat(s.direct()).isFalse();
        assertThat(s.dateSaid()).isEqualTo(LocalDate.of(2014, 12, 4));
        assertThat(c.ok("note", "list", "--statement", "1")).contains("statement 1").contains("check with the envoy");
    }

    @Test
    void statementAddRefusesBadKindSpeakerDateAndText() {
        assertThat(c.fails("statement", "add", "--article", "1", "--text", "We deny everything", "--kind", "rumour"))
                .contains("unknown statement kind 'rumour'").contains("claim");
        assertThat(c.fails("statement", "add", "--article", "1", "--text", "We deny everything", "--kind", "denial",
                "--speaker-entity", "4")).contains("no entity with id 4");
        assertThat(c.fails("statement", "add", "--article", "1", "--text", "We deny everything", "--kind", "denial",
                "--date-said", "4 Dec")).contains("--date-said");
        assertThat(c.fails("statement", "add", "--article", "1", "--text", "Pyongyang", "--kind", "claim"))
                .contains("occurs 2 times; say which with --occurrence N");
        assertThat(c.fails("statement", "add", "--article", "1", "--text", "we accept", "--kind", "claim"))
                .contains("is not in the article");
        assertThat(c.fails("statement", "add", "--article", "1", "--text", "We deny everything")).contains("--kind");
    }

    @Test
    void statementEditChangesOnlyWhatIsGiven() {
        c.ok("statement", "add", "--article", "1", "--text", "We deny everything", "--kind", "denial", "--speaker", "an envoy",
                "--via", "radio");
        assertThat(c.ok("statement", "edit", "1", "--kind", "claim", "--reported", "--date-said", "2014-12-01",
                "--text", "\"We deny everything,\"")).isEqualTo("statement 1 changed\n");
        Statement s = statement(1);
        assertThat(s.kind()).isEqualTo("claim");
        assertThat(s.direct()).isFalse();
        assertThat(s.dateSaid()).isEqualTo(LocalDate.of(2014, 12, 1));
        assertThat(s.span().text()).isEqualTo("\"We deny everything,\"");
        assertThat(s.speaker()).isEqualTo("an envoy");
        assertThat(s.via()).isEqualTo("radio");
        c.ok("statement", "edit", "1", "--direct", "--via", "", "--date-said", "none");
        assertThat(statement(1).direct()).isTrue();
        assertThat(statement(1).via()).isNull();
        assertThat(statement(1).dateSaid()).isNull();
        assertThat(c.fails("statement", "edit", "1", "--kind", "rumour")).contains("unknown statement kind");
        assertThat(c.fails("statement", "edit", "1", "--reported", "--direct")).contains("mutually exclusive");
        assertThat(c.fails("statement", "edit", "1", "--date-said", "soon")).contains("is not a day");
        assertThat(c.fails("statement", "edit", "9", "--kind", "claim")).contains("no statement with id 9");
        assertThat(c.fails("statement", "edit", "1", "--speaker-entity", "3")).contains("no entity with id 3");
        assertThat(c.ok("statement", "list")).contains("1\t1\tclaim\tan envoy\tdirect\tanchored\t\"We deny everything,\"");
        assertThat(c.ok("statement", "delete", "1")).isEqualTo("deleted statement 1\n");
        assertThat(c.fails("statement", "delete", "1")).contains("no statement with id 1");
    }

    @Test
    void statementEditMovesTheSpeakerToAnotherEntityOrClearsIt() {
        c.ok("entity", "add", "--name", "DPRK", "--type", "LOCATION");
        c.ok("entity", "add", "--name", "Harbour Board", "--type", "ORGANIZATION");
        c.ok("statement", "add", "--article", "1", "--text", "We deny everything", "--kind", "denial", "--speaker-entity", "1");
        assertThat(statement(1).speaker()).isEqualTo("DPRK");
        c.ok("statement", "edit", "1", "--speaker-entity", "2");
        assertThat(statement(1).speakerEntityId()).isEqualTo(2L);
        assertThat(statement(1).speaker()).as("the name followed the entity").isEqualTo("Harbour Board");
        c.ok("statement", "edit", "1", "--speaker-entity", "none", "--speaker", "a board member");
        assertThat(statement(1).speakerEntityId()).isNull();
        assertThat(statement(1).speaker()).isEqualTo("a board member");
        assertThat(c.fails("statement", "edit", "1", "--speaker-entity", "someone")).contains("entity id or 'none'");
    }

    @Test
    void statementListNamesTheSpeakerEntityByItsCurrentName() {
        c.ok("entity", "add", "--name", "DPRK", "--type", "LOCATION");
        c.ok("statement", "add", "--article", "1", "--text", "We deny everything", "--kind", "denial", "--speaker-entity", "1");
        c.ok("entity", "edit", "1", "--name", "North Korea");

        assertThat(c.ok("statement", "list")).contains("1\t1\tdenial\tNorth Korea\tdirect");
    }

    @Test
    void theCaseKindsAreListedAndExtended() {
        assertThat(c.ok("statement", "kinds")).startsWith("claim\tClaim\n").contains("no_comment\tNo comment");
        assertThat(c.ok("statement", "kind", "add", "promise", "Promise")).isEqualTo("kind promise\n");
        assertThat(c.ok("statement", "kinds")).endsWith("promise\tPromise\n");
        assertThat(c.fails("statement", "kind", "add", "promise", "Again")).contains("already has the kind 'promise'");
        assertThat(c.fails("statement", "kind", "add", "Big Promise", "x")).contains("lower-case");
        assertThat(c.ok("statement", "add", "--article", "1", "--text", "We deny everything", "--kind", "promise"))
                .isEqualTo("statement 1\n");
    }

    @Test
    void eventAddWithoutAValueStoresAndPrintsTheProposedDate() {
        assertThat(c.ok("event", "add", "--article", "1", "--text", "2014-11-24", "--description", "talks resumed"))
                .isEqualTo("event 1\nproposed date: 2014-11-24 (day, 2014-11-24..2014-11-24)\n");
        assertThat(event(1).dateFixed()).isFalse();
        assertThat(c.ok("event", "add", "--article", "1", "--text", "last month"))
                .isEqualTo("event 2\nproposed date: 2014-11 (month, 2014-11-01..2014-11-30)\n");
        assertThat(c.fails("event", "add", "--article", "1", "--text", "harbour talks"))
                .contains("no date could be read from \"harbour talks\"").contains("--value");
    }

    @Test
    void eventLinkLinksAnEventToEntitiesAndStatementsAndTheExportShowsIt() throws Exception {
        c.ok("entity", "add", "--name", "North Korea", "--type", "LOCATION", "--alias", "DPRK");
        c.ok("statement", "add", "--article", "1", "--text", "We deny everything,", "--kind", "denial", "--speaker-entity", "1");
        c.ok("event", "add", "--article", "1", "--text", "last month");
        assertThat(c.ok("event", "link", "1", "--entity", "1", "--statement", "1"))
                .isEqualTo("event 1: linked to entities [1], statements [1]\n");
        assertThat(c.fails("event", "link", "1", "--entity", "42")).contains("42");
        Path json = dir.resolve("links.json");
        c.ok("export", "--format", "json", "--out", json.toString());
        assertThat(Files.readString(json)).contains("\"linked_entities\": [", "\"linked_statements\": [");
    }

    @Test
    void eventAddTakesEveryTimeMlValue() {
        assertThat(c.ok("event", "add", "--article", "1", "--text", "last month", "--value", "2014-11"))
                .isEqualTo("event 1\ndate: 2014-11 (month, 2014-11-01..2014-11-30)\n");
        assertThat(event(1).dateFixed()).isTrue();
        assertThat(c.ok("event", "add", "--article", "1", "--text", "last month", "--value", "2014-W45"))
                .contains("2014-W45 (week, 2014-11-03..2014-11-09)");
        assertThat(c.ok("event", "add", "--article", "1", "--text", "last month", "--value", "2014")).contains("(year, 2014-01-01..2014-12-31)");
        assertThat(c.ok("event", "add", "--article", "1", "--text", "last month", "--value", "PAST_REF", "--to", "2014-12-05"))
                .contains("PAST_REF (vague, ..2014-12-05)");
        assertThat(c.ok("event", "add", "--article", "1", "--text", "last month", "--from", "2014-11-01", "--to", "2014-11-15"))
                .contains("2014-11-01/2014-11-15 (month, 2014-11-01..2014-11-15)");
        assertThat(c.ok("event", "list")).contains("1\t1\t2014-11\t2014-11-01..2014-11-30\tmonth\tfixed\tanchored\tlast month");
    }

    @Test
    void eventAddRefusesABadValue() {
        assertThat(c.fails("event", "add", "--article", "1", "--text", "last month", "--value", "November"))
                .contains("is not a date value");
        assertThat(c.fails("event", "add", "--article", "1", "--text", "last month", "--value", "2014-02-30"))
                .contains("not a valid date");
        assertThat(c.fails("event", "add", "--article", "1", "--text", "last month", "--from", "2014-11-20", "--to", "2014-11-01"))
                .contains("before it starts");
        assertThat(c.fails("event", "add", "--article", "1", "--text", "Pyongyang", "--value", "2014"))
                .contains("occurs 2 times; say which with --occurrence N");
    }

    @Test
    void eventEditFixesANewValueAndDeleteRemovesIt() {
        c.ok("event", "add", "--article", "1", "--text", "2014-11-24");
        assertThat(c.ok("event", "edit", "1", "--value", "2014-11", "--description", "the talks"))
                .isEqualTo("event 1: 2014-11 (month, 2014-11-01..2014-11-30), fixed\n");
        assertThat(event(1).dateFixed()).isTrue();
        assertThat(event(1).description()).isEqualTo("the talks");
        assertThat(c.fails("event", "edit", "1", "--value", "someday")).contains("is not a date value");
        assertThat(c.fails("event", "edit", "2", "--value", "2014")).contains("no event with id 2");
        assertThat(c.ok("event", "delete", "1")).isEqualTo("deleted event 1\n");
        assertThat(c.fails("event", "delete", "1")).contains("no event with id 1");
    }

    @Test
    void notesAreAddedListedAndFoundBySearch() {
        c.ok("statement", "add", "--article", "1", "--text", "We deny everything", "--kind", "denial");
        assertThat(c.ok("note", "add", "--article", "1", "--text", "Ask the ferry operator about the tender")).isEqualTo("note 1\n");
        assertThat(c.ok("note", "add", "--statement", "1", "--text", "Envoy unnamed; tender not mentioned")).isEqualTo("note 2\n");
        assertThat(c.ok("note", "list")).contains("1\tarticle 1\t").contains("2\tstatement 1\t");
        assertThat(c.ok("note", "search", "operator")).startsWith("note 1\tarticle 1\t").contains("[operator]");
        assertThat(c.ok("search", "tender")).contains("note 1\tarticle 1").contains("note 2\tstatement 1");
        assertThat(c.ok("search", "--no-notes", "harbour")).doesNotContain("note ");
        assertThat(c.ok("note", "edit", "2", "--text", "Envoy named later")).isEqualTo("note 2 changed\n");
        assertThat(c.ok("note", "delete", "1")).isEqualTo("deleted note 1\n");
        assertThat(c.ok("note", "search", "tender")).isEmpty();
    }

    @Test
    void noteAddRefusesTwoTargetsNoTargetAndUnknownTargets() {
        assertThat(c.fails("note", "add", "--article", "1", "--entity", "1", "--text", "x")).contains("mutually exclusive");
        assertThat(c.fails("note", "add", "--text", "x")).contains("--article");
        assertThat(c.fails("note", "add", "--statement", "3", "--text", "x")).contains("no statement with id 3");
        assertThat(c.fails("note", "add", "--event", "3", "--text", "x")).contains("no event with id 3");
        assertThat(c.fails("note", "add", "--article", "1", "--text", "")).contains("must not be empty");
    }

    @Test
    void notesAreInTheJsonExport() throws Exception {
        c.ok("note", "add", "--article", "1", "--text", "Ask the ferry operator");
        Path json = dir.resolve("case.json");
        c.ok("export", "--format", "json", "--out", json.toString());
        assertThat(Files.readString(json)).contains("\"notes\"").contains("\"target\": \"article\"")
                .contains("\"target_id\": 1").contains("\"text\": \"Ask the ferry operator\"");
    }

    @Test
    void rebodyReplacesTheBodyAndReportsWhatMovedAndWhatWasLost() throws Exception {
        c.ok("entity", "add", "--name", "North Korea", "--type", "LOCATION");
        c.ok("mention", "add", "--entity", "1", "--article", "1", "--text", "North Korea");
        c.ok("statement", "add", "--article", "1", "--text", "We deny everything", "--kind", "denial");
        c.ok("event", "add", "--article", "1", "--text", "2014-11-24");
        Path corrected = dir.resolve("corrected.txt");
        Files.writeString(corrected, c.body().replace("on 2014-11-24 ", "")
                .replace("\"We deny everything,\"", "\u201CWe deny everything,\u201D"));
        String out = c.ok("article", "rebody", "--article", "1", "--file", corrected.toString());
        assertThat(out).startsWith("article 1: body replaced; 1 anchored, 1 moved, 1 lost\n").contains("lost: event 1 \"2014-11-24\"");
        assertThat(c.body()).contains("North Korea said that");
        assertThat(statement(1).anchor()).isEqualTo(AnchorState.MOVED);
        assertThat(c.body().substring(statement(1).span().start(), statement(1).span().end())).isEqualTo("We deny everything");
        assertThat(event(1).anchor()).isEqualTo(AnchorState.LOST);
        assertThat(c.fails("article", "rebody", "--article", "1", "--file", dir.resolve("missing.txt").toString()))
                .contains("missing.txt");
        assertThat(c.fails("article", "rebody", "--article", "5", "--file", corrected.toString())).contains("no article with id 5");
    }

    @Test
    void aNewPublicationDateIsSetAndReported() {
        c.ok("event", "add", "--article", "1", "--text", "2014-11-24");
        assertThat(c.ok("article", "published", "--article", "1", "--published", "2015-01"))
                .isEqualTo("article 1: published 2015-01-01 (month); 0 event(s) re-dated\n");
        assertThat(c.fails("article", "published", "--article", "1", "--published", "soon")).contains("is not a date");
        assertThat(c.ok("article", "published", "--article", "1", "--published", "none")).contains("published unknown");
    }

    @ParameterizedTest
    @ValueSource(strings = {"entity", "entity add", "entity edit", "entity delete", "entity merge", "entity split",
            "entity alias", "entity alias add", "entity alias remove", "entity list", "mention", "mention add", "mention delete",
            "statement", "statement add", "statement edit", "statement delete", "statement list", "statement kinds",
            "statement kind", "statement kind add", "event", "event add", "event edit", "event delete", "event list",
            "note", "note add", "note list", "note search", "note edit", "note delete", "article", "article rebody",
            "article published", "search"})
    void everyEditingCommandHasHelp(String command) {
        String[] words = (command + " --help").split(" ");
        CliRun run = CliRun.of(words);
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Usage:").contains(command.substring(command.lastIndexOf(' ') + 1));
    }

    @Test
    void aGroupWithoutASubCommandSaysWhichThereAre() {
        CliRun run = CliRun.of("entity");
        assertThat(run.status()).isNotZero();
        assertThat(run.err()).contains("a sub-command is required").contains("merge");
    }
}

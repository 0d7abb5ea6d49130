package org.onrecord.store.sqlite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onrecord.model.SearchHit;
import org.onrecord.model.SearchQuery;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onrecord.store.sqlite.CaseFileTest.article;

class SearchIndexTest {
    @TempDir
    Path dir;

    @Test
    void ranksTheArticleThatMentionsTheWordsMostFirstWithAMarkedSnippet() {
        try (var store = SqliteCaseStore.create(dir.resolve("s.onrecord"))) {
            store.articles().add(article("a.txt", "The port authority met on Monday. Weather was fine."));
            long denial = store.articles().add(article("b.txt",
                    "The mayor denied the harbour deal. The harbour deal, she said, was never signed. Harbour talks ended."));
            store.articles().add(article("c.txt", "Nothing about ships here."));
            List<SearchHit> hits = store.searchIndex().search(SearchQuery.parse("harbour deal"), 10);
            assertThat(hits).extracting(SearchHit::articleId).containsExactly(denial);
            assertThat(hits.getFirst().snippet()).contains("[harbour]").contains("[deal]");
        }
    }

    @Test
    void matchesPhrasesPrefixesAndAccentsLoosely() {
        try (var store = SqliteCaseStore.create(dir.resolve("p.onrecord"))) {
            long a = store.articles().add(article("a.txt", "Le ministre a démenti toute implication."));
            assertThat(store.searchIndex().search(SearchQuery.parse("\"toute implication\""), 5)).extracting(SearchHit::articleId).containsExactly(a);
            assertThat(store.searchIndex().search(SearchQuery.parse("implic*"), 5)).extracting(SearchHit::articleId).containsExactly(a);
            assertThat(store.searchIndex().search(SearchQuery.parse("dementi"), 5)).extracting(SearchHit::articleId).containsExactly(a);
        }
    }

    @Test
    void searchSyntaxCharactersAreTakenAsPlainText() {
        try (var store = SqliteCaseStore.create(dir.resolve("x.onrecord"))) {
            store.articles().add(article("a.txt", "Plain words only."));
            assertThat(store.searchIndex().search(SearchQuery.parse("AND OR NOT ( ) : ^ \""), 5)).isEmpty();
            assertThat(store.searchIndex().search(SearchQuery.parse("words) (plain:"), 5)).hasSize(1);
        }
    }

    @Test
    void aWordWithoutItsDiacriticsFindsItAndTheSnippetMarksIt() {
        try (var store = SqliteCaseStore.create(dir.resolve("d.onrecord"))) {
            long a = store.articles().add(article("a.txt", "Officials in Pyŏngyang denied it. The café stayed shut."));
            var hits = store.searchIndex().search(SearchQuery.parse("Pyongyang cafe"), 5);
            assertThat(hits).extracting(SearchHit::articleId).containsExactly(a);
            assertThat(hits.getFirst().snippet()).contains("[Pyŏngyang]").contains("[café]");
        }
    }

    @Test
    void onlyTheBestHitsAreReturnedInRankOrder() {
        try (var store = SqliteCaseStore.create(dir.resolve("r.onrecord"))) {
            for (int i = 0; i < 30; i++) {
                store.articles().add(article("f" + i + ".txt", "Filler text about the weather " + i + "."));
            }
            long once = store.articles().add(article("once.txt", "The ferry left. Nothing else happened that day at all."));
            long often = store.articles().add(article("often.txt", "Ferry, ferry, ferry: the ferry was late."));
            assertThat(store.searchIndex().search(SearchQuery.parse("ferry"), 1)).extracting(SearchHit::articleId)
                    .containsExactly(often);
            assertThat(store.searchIndex().search(SearchQuery.parse("ferry"), 5)).extracting(SearchHit::articleId)
                    .containsExactly(often, once);
        }
    }
}

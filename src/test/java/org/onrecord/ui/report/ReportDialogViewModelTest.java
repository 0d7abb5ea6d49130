package org.onrecord.ui.report;

import org.junit.jupiter.api.Test;
import org.onrecord.model.ArticleSummary;
import org.onrecord.model.StatementKind;
import org.onrecord.report.ReportOptions;
import org.onrecord.service.ReportService;
import org.onrecord.ui.common.MemoryUiPreferences;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReportDialogViewModelTest {
    static final ReportService.Choices CHOICES = new ReportService.Choices(
            List.of(new ArticleSummary(1, "a.txt", "Mayor denies deal", "Gazette", null, 0, 0, 0),
                    new ArticleSummary(2, "b.txt", "Union threatens strike", "Harbour News", null, 0, 0, 0)),
            StatementKind.BUILT_IN, List.of("Ada Voss", "Mira Lindqvist"));

    @Test
    void everythingChosenMeansAllSoLaterArticlesAreIncludedToo() {
        var vm = new ReportDialogViewModel(new MemoryUiPreferences(), "/cases/harbour.onrecord", "harbour", CHOICES);
        ReportOptions options = vm.options();
        assertThat(options.articleIds()).isEmpty();
        assertThat(options.kinds()).isEmpty();
        assertThat(options.speakers()).isEmpty();
        assertThat(options.title()).isEqualTo("harbour");
        assertThat(options.appendix()).isTrue();
    }

    @Test
    void narrowedChoicesBecomeFilters() {
        var vm = new ReportDialogViewModel(new MemoryUiPreferences(), "/cases/harbour.onrecord", "harbour", CHOICES);
        vm.chosenKinds().retainAll(Set.of("denial"));
        vm.chosenArticles().remove(2L);
        vm.groupByProperty().set(ReportOptions.Grouping.KIND);
        ReportOptions options = vm.options();
        assertThat(options.kinds()).containsExactly("denial");
        assertThat(options.articleIds()).containsExactly(1L);
        assertThat(options.groupBy()).isEqualTo(ReportOptions.Grouping.KIND);
    }

    @Test
    void theLastChoicesAreRememberedPerCase() {
        var preferences = new MemoryUiPreferences();
        var first = new ReportDialogViewModel(preferences, "/cases/harbour.onrecord", "harbour", CHOICES);
        first.titleProperty().set("Harbour deal: who denied what");
        first.authorProperty().set("N. Falk");
        first.chosenSpeakers().retainAll(Set.of("Ada Voss"));
        first.appendixProperty().set(false);
        first.remember();
        var again = new ReportDialogViewModel(preferences, "/cases/harbour.onrecord", "harbour", CHOICES);
        assertThat(again.options().title()).isEqualTo("Harbour deal: who denied what");
        assertThat(again.options().speakers()).containsExactly("Ada Voss");
        assertThat(again.options().appendix()).isFalse();
        var otherCase = new ReportDialogViewModel(preferences, "/cases/ferry.onrecord", "ferry", CHOICES);
        assertThat(otherCase.options().title()).isEqualTo("ferry");
        assertThat(otherCase.options().author()).isEqualTo("N. Falk");
    }

    @Test
    void nothingToReportWhenAFilterLeavesNoKind() {
        var vm = new ReportDialogViewModel(new MemoryUiPreferences(), "/c.onrecord", "c", CHOICES);
        vm.chosenKinds().clear();
        assertThat(vm.canExport()).isFalse();
    }
}

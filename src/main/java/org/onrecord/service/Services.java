package org.onrecord.service;

/**
 * The services an open case is bound to, built once by the composition root ({@code app.AppServices})
 * and shared by every {@link OpenCase}, so the command line and the window run the same code.
 */
public record Services(CaseReader reader, SearchService search, NoteService notes, ImportService importer,
                       ArticleService articles, AnnotationEdits annotationEdits, EntityEdits entityEdits,
                       AnalysisService analysis, ReportService reports, ExportService exporter, ExchangeService exchange,
                       DemoCase demo) {
}

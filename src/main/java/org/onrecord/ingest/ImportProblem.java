package org.onrecord.ingest;

/**
 * A file that cannot become an article, with a reason a researcher can act on
 * ("binary file", "empty file", "larger than 20 MB"). The message never includes a stack trace.
 */
public class ImportProblem extends Exception {
    public ImportProblem(String reason) {
        super(reason);
    }

    public ImportProblem(String reason, Throwable cause) {
        super(reason, cause);
    }
}

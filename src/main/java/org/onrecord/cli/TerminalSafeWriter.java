package org.onrecord.cli;

import org.onrecord.ingest.ControlCharacters;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/** Everything the command line prints passes here, so no stored text can send escape codes to the terminal. */
final class TerminalSafeWriter extends FilterWriter {
    private TerminalSafeWriter(Writer out) {
        super(out);
    }

    static PrintWriter wrap(Writer out) {
        return new PrintWriter(new TerminalSafeWriter(out), true);
    }

    @Override
    public void write(int c) throws IOException {
        out.write(ControlCharacters.isUnsafe(c) ? '\uFFFD' : c);
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        write(new String(buffer, offset, length), 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        out.write(ControlCharacters.neutralise(text.substring(offset, offset + length)));
    }
}

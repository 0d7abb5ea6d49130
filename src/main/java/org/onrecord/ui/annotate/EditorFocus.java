package org.onrecord.ui.annotate;

import org.fxmisc.richtext.StyledTextArea;

import java.util.function.Consumer;

/**
 * Around the editor: when it closes (saved or cancelled) the keyboard goes back to the source text
 * with the caret and selection where they were, and the status bar says what happened.
 */
public final class EditorFocus {
    private int anchor;
    private int caret;

    private EditorFocus() {
    }

    public static void attach(AnnotationEditorViewModel editor, StyledTextArea<?, ?> text, Consumer<String> say) {
        EditorFocus focus = new EditorFocus();
        editor.modeProperty().addListener((obs, was, is) -> {
            if (was == EditorMode.NONE && is != EditorMode.NONE) {
                focus.anchor = text.getAnchor();
                focus.caret = text.getCaretPosition();
            } else if (is == EditorMode.NONE) {
                text.requestFocus();
                int length = text.getLength();
                text.selectRange(Math.min(focus.anchor, length), Math.min(focus.caret, length));
            }
        });
        editor.outcomeProperty().addListener((obs, was, is) -> {
            if (is != null && !is.isEmpty()) {
                say.accept(is);
            }
        });
    }
}

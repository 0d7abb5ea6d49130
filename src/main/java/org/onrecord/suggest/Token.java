package org.onrecord.suggest;

/**
 * One token as the language model read it: UTF-16 offsets into the analysed text, the word, its
 * part-of-speech tag and its coarse named-entity tag ("O" for none).
 */
public record Token(int start, int end, String word, String tag, String ner) {
    public boolean capitalised() {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }
}

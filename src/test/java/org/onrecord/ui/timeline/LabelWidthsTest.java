package org.onrecord.ui.timeline;

import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Opening a large case lays out every event label: widths come from each character measured once,
 * not from a text node asked for every label, and they are the widths a text node gives.
 */
@ExtendWith(ApplicationExtension.class)
class LabelWidthsTest {
    @Test
    void tenThousandLabelsMeasureEachCharacterOnce() {
        EventGlyphs glyphs = new EventGlyphs();
        for (int i = 0; i < 10_000; i++) {
            glyphs.textWidth("Minister says “harbour deal” " + i + " was signed — Ålesund, café…");
        }
        assertThat(glyphs.measurements()).isLessThan(70);
    }

    @Test
    void aLabelIsAsWideAsTheTextNodeDrawsIt() {
        EventGlyphs glyphs = new EventGlyphs();
        for (String label : new String[]{"Harbour deal signed", "WWW mmm iii …", "Ålesund café — “quoted”", "Президент заявил"}) {
            Text text = new Text(label);
            text.setFont(EventGlyphs.LABEL_BOLD);
            assertThat(glyphs.textWidth(label)).as(label).isCloseTo(text.getLayoutBounds().getWidth(), within(0.5));
        }
    }

    @Test
    void textInAShapedScriptIsMeasuredWhole() {
        EventGlyphs glyphs = new EventGlyphs();
        String arabic = "قال الوزير إن الصفقة وقعت";
        Text text = new Text(arabic);
        text.setFont(EventGlyphs.LABEL_BOLD);
        assertThat(glyphs.textWidth(arabic)).isEqualTo(text.getLayoutBounds().getWidth());
        glyphs.textWidth(arabic);
        assertThat(glyphs.measurements()).isEqualTo(1);
    }
}

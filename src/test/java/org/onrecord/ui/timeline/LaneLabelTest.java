package org.onrecord.ui.timeline;

import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** A long article title beside a one-row lane: whole lines ending in "…", never half a line cut by the next lane. */
@ExtendWith(ApplicationExtension.class)
class LaneLabelTest {
    @Test
    void aLongTitleEndsInAnEllipsisOnTheLastWholeLineOfItsLane() {
        TimelineLayout.Lane lane = new TimelineLayout.Lane("a1",
                "Harbour authority denies any part in the dredging contract signed with the ferry company last winter", 1);
        double top = 40;
        Text label = TimelinePlot.laneLabel(lane, top);

        assertThat(label.getText()).endsWith("…").startsWith("Harbour authority");
        assertThat(label.getLayoutBounds().getMaxY()).isLessThanOrEqualTo(top + TimelinePlot.laneHeight(lane));
        assertThat(label.getAccessibleText()).isEqualTo(lane.label());
    }

    @Test
    void aShortTitleIsShownAsItIs() {
        TimelineLayout.Lane lane = new TimelineLayout.Lane("a2", "Ferry strike ends", 1);
        assertThat(TimelinePlot.laneLabel(lane, 0).getText()).isEqualTo("Ferry strike ends");
    }
}

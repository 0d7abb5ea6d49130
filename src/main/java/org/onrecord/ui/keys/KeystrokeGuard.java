package org.onrecord.ui.keys;

import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Swallows the rest of a keystroke that already did its job. A key that opens an editor acts on
 * KEY_PRESSED and moves the focus; the KEY_TYPED of the same keystroke (and its auto-repeats) would
 * then type into the new field. Armed with the key, this scene filter eats those events until the
 * key is released or another key is pressed, whatever the timing between them.
 */
public final class KeystrokeGuard {
    private KeyCode armed;

    public KeystrokeGuard(Scene scene) {
        EventHandler<KeyEvent> filter = this::filter;
        scene.addEventFilter(KeyEvent.ANY, filter);
        scene.windowProperty().addListener((obs, o, window) -> {
            if (window != null) {
                window.focusedProperty().addListener((o2, was, is) -> armed = null);
            }
        });
    }

    /** The keystroke of {@code code} has been handled: nothing more of it reaches any field. */
    public void swallowRestOf(KeyCode code) {
        armed = code;
    }

    public boolean isArmed() {
        return armed != null;
    }

    private void filter(KeyEvent e) {
        if (armed == null) {
            return;
        }
        if (e.getEventType() == KeyEvent.KEY_TYPED) {
            e.consume();
        } else if (e.getEventType() == KeyEvent.KEY_PRESSED) {
            if (e.getCode() == armed) {
                e.consume(); // auto-repeat of the same key
            } else {
                armed = null;
            }
        } else if (e.getEventType() == KeyEvent.KEY_RELEASED && e.getCode() == armed) {
            armed = null;
            e.consume();
        }
    }
}

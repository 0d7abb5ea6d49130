package org.onrecord.ui;

import com.sun.glass.ui.Application;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * macOS hands a double-clicked case to the running app as an Apple event, not as an argument. JavaFX
 * receives it in its Glass layer, which has no public API for it (AWT's Desktop#setOpenFileHandler is
 * not called: JavaFX, not AWT, owns the application object). This wraps Glass's own event handler,
 * passing every other event on unchanged (quit, activation…), and hands the files to {@code files}.
 * Glass keeps the files of the event that launched the app and sends them again to a newly set
 * handler, so installing it in {@code start} also catches the launch's own case.
 * The installed app's launcher exports {@code com.sun.glass.ui} (packaging/Dist.java); without that
 * export, or on another system, nothing is installed. Not yet tried on a real Mac (docs/installing.md).
 */
public final class MacOpenFilesEvent {
    private static final System.Logger LOG = System.getLogger(MacOpenFilesEvent.class.getName());

    private MacOpenFilesEvent() {
    }

    /** On macOS, routes the open-file event to {@code files}; elsewhere does nothing. Call on the FX thread. */
    public static boolean installOnMac(Consumer<List<String>> files) {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac") && install(files);
    }

    /** Wraps the current Glass application's event handler, whatever the system (a test calls this on Linux). */
    static boolean install(Consumer<List<String>> files) {
        try {
            Application glass = Application.GetApplication();
            if (glass == null) {
                return false;
            }
            glass.setEventHandler(new Forwarding(glass.getEventHandler(), files));
            return true;
        } catch (IllegalAccessError | NoClassDefFoundError | IllegalStateException e) {
            // com.sun.glass.ui not exported to us (a launcher without the option) or not on the FX thread
            LOG.log(System.Logger.Level.WARNING, "the desktop's open-file event is not handled", e);
            return false;
        }
    }

    /** Glass's handler with the open-file event taken over; Glass's own handler may be null (no default). */
    static final class Forwarding extends Application.EventHandler {
        private final Application.EventHandler glass;
        private final Consumer<List<String>> files;

        Forwarding(Application.EventHandler glass, Consumer<List<String>> files) {
            this.glass = glass == null ? new Application.EventHandler() : glass;
            this.files = files;
        }

        @Override
        public void handleOpenFilesAction(Application app, long time, String[] paths) {
            if (paths != null) {
                files.accept(Arrays.asList(paths));
            }
        }

        @Override
        public void handleWillFinishLaunchingAction(Application app, long time) {
            glass.handleWillFinishLaunchingAction(app, time);
        }

        @Override
        public void handleDidFinishLaunchingAction(Application app, long time) {
            glass.handleDidFinishLaunchingAction(app, time);
        }

        @Override
        public void handleWillBecomeActiveAction(Application app, long time) {
            glass.handleWillBecomeActiveAction(app, time);
        }

        @Override
        public void handleDidBecomeActiveAction(Application app, long time) {
            glass.handleDidBecomeActiveAction(app, time);
        }

        @Override
        public void handleWillResignActiveAction(Application app, long time) {
            glass.handleWillResignActiveAction(app, time);
        }

        @Override
        public void handleDidResignActiveAction(Application app, long time) {
            glass.handleDidResignActiveAction(app, time);
        }

        @Override
        public void handleDidReceiveMemoryWarning(Application app, long time) {
            glass.handleDidReceiveMemoryWarning(app, time);
        }

        @Override
        public void handleWillHideAction(Application app, long time) {
            glass.handleWillHideAction(app, time);
        }

        @Override
        public void handleDidHideAction(Application app, long time) {
            glass.handleDidHideAction(app, time);
        }

        @Override
        public void handleWillUnhideAction(Application app, long time) {
            glass.handleWillUnhideAction(app, time);
        }

        @Override
        public void handleDidUnhideAction(Application app, long time) {
            glass.handleDidUnhideAction(app, time);
        }

        @Override
        public void handleQuitAction(Application app, long time) {
            glass.handleQuitAction(app, time);
        }

        @Override
        public void handlePreferencesChanged(Map<String, Object> preferences) {
            glass.handlePreferencesChanged(preferences);
        }
    }
}

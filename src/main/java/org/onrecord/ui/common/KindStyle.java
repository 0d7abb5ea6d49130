package org.onrecord.ui.common;

import org.kordamp.ikonli.javafx.FontIcon;

/** How a statement kind looks everywhere: an icon and a style class (colour), always beside its label. */
public final class KindStyle {
    private KindStyle() {
    }

    public static String iconCode(String kind) {
        return switch (kind) {
            case "claim" -> "mdi2c-comment-quote";
            case "denial" -> "mdi2c-close-circle";
            case "accusation" -> "mdi2a-account-alert";
            case "threat" -> "mdi2a-alert-octagon";
            case "no_comment" -> "mdi2c-comment-remove-outline";
            default -> "mdi2h-help-circle-outline";
        };
    }

    public static String styleClass(String kind) {
        return "kind-" + kind.replace('_', '-');
    }

    public static FontIcon icon(String kind) {
        FontIcon icon = new FontIcon(iconCode(kind));
        icon.getStyleClass().addAll("kind-icon", styleClass(kind));
        return icon;
    }

    /** Turns an icon made by {@link #icon} into the icon of {@code kind} (a table cell keeps one icon node). */
    public static void restyle(FontIcon icon, String kind) {
        icon.setIconLiteral(iconCode(kind));
        icon.getStyleClass().removeIf(c -> c.startsWith("kind-") && !c.equals("kind-icon"));
        icon.getStyleClass().add(styleClass(kind));
    }
}

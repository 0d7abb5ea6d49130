package org.onrecord.service.edit;

/**
 * An edit cannot be applied or reverted because the rows it touches are no longer as it left them
 * (changed outside the history); nothing was changed.
 */
public class EditConflictException extends IllegalStateException {
    public EditConflictException(String message) {
        super(message);
    }
}

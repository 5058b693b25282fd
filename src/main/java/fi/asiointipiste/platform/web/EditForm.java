package fi.asiointipiste.platform.web;

import fi.asiointipiste.platform.i18n.Messages;
import java.io.Serializable;
import java.util.Optional;

/**
 * The protocol every "edit one record, or create a new one" page shares: the record's id comes from {@code ?id=}
 * ({@code f:viewParam}), {@link #load()} ({@code f:viewAction}) copies the record into the form once per view, and
 * the version it was read at goes back to the facade with the save, so a concurrent edit is refused as a conflict.
 * An unknown id shows the not-found message and leaves an empty form for a new record.
 *
 * @param <T> the record's entity
 */
public abstract class EditForm<T> implements Serializable {

    private final String notFoundKey;
    private Long id;
    private long version;
    private boolean existing;

    /** @param notFoundKey the message shown when {@code ?id=} names no record */
    protected EditForm(String notFoundKey) {
        this.notFoundKey = notFoundKey;
    }

    /** f:viewAction: loads the record to edit, or starts a new one when the page has no id. */
    public void load() {
        if (id == null || existing) {
            return;
        }
        Optional<T> record = find(id);
        if (record.isEmpty()) {
            Messages.error(notFoundKey);
            id = null;
            return;
        }
        existing = true;
        version = fill(record.get());
    }

    /** The record with this id, read through the feature's facade. */
    protected abstract Optional<T> find(Long id);

    /** Copies the record's values into the form and answers the version they were read at. */
    protected abstract long fill(T record);

    public boolean isExisting() {
        return existing;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The version the user started editing from. */
    public long getVersion() {
        return version;
    }
}

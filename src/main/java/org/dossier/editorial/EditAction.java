package org.dossier.editorial;

/** The buttons of the editor. Each decides the status the publication is saved with. */
public enum EditAction {
    /** Keep as a draft (or, for a published item, update it in place). */
    SAVE,
    /** An author asks an editor to review the draft. */
    SUBMIT,
    /** Publish automatically at the given time. */
    SCHEDULE,
    /** Publish now. */
    PUBLISH;

    public static EditAction parse(String value) {
        for (EditAction a : values()) {
            if (a.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return a;
            }
        }
        return SAVE;
    }
}

package org.dossier.admin;

/** A snapshot of a background job for pages and the JSON status: state is waiting, running, done or failed. */
public record JobView(String id, String label, String state, long done, long total, int percent, String message,
                      java.util.List<String> report) {

    public boolean finished() {
        return state.equals("done") || state.equals("failed");
    }
}

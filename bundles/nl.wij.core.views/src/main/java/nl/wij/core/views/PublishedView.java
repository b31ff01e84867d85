package nl.wij.core.views;

import java.util.Objects;

/**
 * A view a provider publishes, with what the platform made of it.
 *
 * @param view the view as its provider describes it
 * @param provider the symbolic name of the bundle that provides it, e.g. {@code nl.wij.ihp.views}
 * @param state whether it exists in the database now
 * @param message Dutch explanation when it is not {@link State#AVAILABLE}: which package or view it
 *        waits for, or the database's message when its {@code SELECT} was refused; empty when available
 */
public record PublishedView(AnalyticalView view, String provider, State state, String message) {

    /** What the platform made of a published view. */
    public enum State {
        /** The view exists in the database and analysts can query it. */
        AVAILABLE,
        /** A model package it reads is not available in the store, or a view it reads does not exist (yet). */
        WAITING,
        /** The database refused its definition, or another provider already publishes that name. */
        REFUSED
    }

    public PublishedView {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(state, "state");
        provider = provider == null ? "" : provider;
        message = message == null ? "" : message;
    }

    /** {@code schema.name}. */
    public String qualifiedName() {
        return view.qualifiedName();
    }

    public boolean available() {
        return state == State.AVAILABLE;
    }
}

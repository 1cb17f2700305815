package org.clientcare.shared;

/** Implemented by authenticated principals that stand for an {@link Actor}. */
public interface ActorSource {

	Actor actor();
}

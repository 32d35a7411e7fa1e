package dev.deskhand.kb.importing;

import java.io.IOException;

/**
 * A place articles are imported from. {@link #fetch()} reads everything before returning, so a failure part-way
 * (a 500 on page three) throws and nothing is written.
 */
public interface Source {

    /** The value of every imported file's {@code source:} front matter, e.g. {@code zendesk:acme}. */
    String name();

    Fetched fetch() throws IOException;
}

package dev.pacer.nylas.model;


/**
 * The body of {@code DELETE /drafts/{id}}: the version of the draft being deleted.
 *
 * @param version the draft's current {@link Draft#version() version}
 */
public record DraftVersion(int version) {

  public DraftVersion {
    if (version < 0) throw new IllegalArgumentException("version < 0: " + version);
  }
}

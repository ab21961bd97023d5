package dev.pacer.nylas.model;

import java.util.Locale;

/** The object types a delta request can include or exclude ({@code include_types}, {@code excluded_types}). */
public enum DeltaObjectType {
  /** Contacts. */
  CONTACT,
  /** Files. */
  FILE,
  /** Messages. */
  MESSAGE,
  /** Calendar events. */
  EVENT,
  /** Drafts. */
  DRAFT,
  /** Threads. */
  THREAD,
  /** Folders. */
  FOLDER,
  /** Labels. */
  LABEL;

  /** The name on the wire, e.g. {@code message}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package dev.pacer.nylas.model;

/**
 * Filters and paging for {@code GET /files}. Every filter is an exact match; unset filters are
 * not sent. {@code limit} and {@code offset} are the paging every Nylas v2 collection takes (the
 * reference's overview); the files page itself names only the three filters. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * FileFilter.builder().messageId(message.id()).build();
 * }</pre>
 */
public final class FileFilter extends ListFilter<FileFilter> {
  private FileFilter(Builder b) {
    super(b);
  }

  /** A new builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** No filter: every file, in pages of Nylas' default size. */
  public static FileFilter none() {
    return new Builder().build();
  }

  @Override
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link FileFilter}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder extends ListFilter.Builder<FileFilter, Builder> {
    private Builder() {
      super(FileFilter::new, "filename", "message_id", "content_type");
    }

    /** Files with this name. */
    public Builder filename(String filename) { return set("filename", filename); }

    /** Files attached to the message with this ID. */
    public Builder messageId(String messageId) { return set("message_id", messageId); }

    /** Files of this MIME type, e.g. {@code application/pdf}. */
    public Builder contentType(String contentType) { return set("content_type", contentType); }
  }
}

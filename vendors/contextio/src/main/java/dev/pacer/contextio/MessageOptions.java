package dev.pacer.contextio;

import dev.pacer.vendor.support.Params;
import java.util.Map;
import java.util.Objects;

/**
 * What to include when reading messages ({@link MessagesApi#list}, {@link MessagesApi#get}):
 * bodies, headers and flags come in the same IMAP call instead of one call each. Immutable.
 *
 * <pre>{@code
 * MessageOptions withText = MessageOptions.builder().includeBody("text/plain").includeFlags(true).build();
 * }</pre>
 */
public final class MessageOptions {
  private static final MessageOptions NONE = new Builder().build();

  private final Map<String, String> query;

  private MessageOptions(Builder b) {
    this.query = b.params.toMap();
  }

  /** Nothing extra: the message's metadata only. */
  public static MessageOptions none() {
    return NONE;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The query parameters sent, by Context.IO's names. */
  public Map<String, String> query() {
    return query;
  }

  @Override
  public String toString() {
    return "MessageOptions" + query;
  }

  /** How to include headers. */
  public enum Headers {
    /** Parsed, name to values. */
    PARSED("1"),
    /** The unparsed header block. */
    RAW("raw");

    private final String value;

    Headers(String value) {
      this.value = value;
    }
  }

  /** Builds {@link MessageOptions}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder {
    private final Params params = new Params();

    private Builder() {}

    /** Include every body part. */
    public Builder includeBody(boolean include) {
      params.putBit("include_body", include);
      return this;
    }

    /** Include the body parts of MIME type {@code bodyType} only, e.g. {@code text/html}. */
    public Builder includeBody(String bodyType) {
      Objects.requireNonNull(bodyType, "bodyType == null");
      params.putBit("include_body", true).put("body_type", bodyType);
      return this;
    }

    /** Include the headers, parsed or raw. */
    public Builder includeHeaders(Headers headers) {
      params.put("include_headers", Objects.requireNonNull(headers, "headers == null").value);
      return this;
    }

    /** Include the flags. */
    public Builder includeFlags(boolean include) {
      params.putBit("include_flags", include);
      return this;
    }

    /**
     * The hierarchy delimiter used in the folder name of the path, when it is not {@code /}
     * (e.g. {@code .} for {@code INBOX.Receipts}).
     */
    public Builder delimiter(String delimiter) {
      params.put("delimiter", delimiter);
      return this;
    }

    /** The options. */
    public MessageOptions build() {
      return new MessageOptions(this);
    }
  }
}

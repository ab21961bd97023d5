package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pacer.nylas.internal.Values;
import java.util.List;

/**
 * The body of {@code PUT /messages/{id}}: marks a message read or starred, moves it to a folder,
 * or sets its labels. Fields left unset are not sent and stay as they are. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * MessageUpdate.builder().unread(false).folderId(archive.id()).build();
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class MessageUpdate {
  @JsonProperty("unread") private final Boolean unread;
  @JsonProperty("starred") private final Boolean starred;
  @JsonProperty("folder_id") private final String folderId;
  @JsonProperty("label_ids") private final List<String> labelIds;
  @JsonProperty("metadata") private final JsonNode metadata;

  private MessageUpdate(Builder b) {
    this.unread = b.unread;
    this.starred = b.starred;
    this.folderId = b.folderId;
    this.labelIds = Values.listOrNull(b.labelIds);
    this.metadata = b.metadata == null ? null : b.metadata.deepCopy();
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The new unread state, or null to leave it. */
  public Boolean unread() { return unread; }

  /** The new starred state, or null to leave it. */
  public Boolean starred() { return starred; }

  /** The folder to move to (folder-based accounts), or null. */
  public String folderId() { return folderId; }

  /** The complete new set of label IDs (label-based accounts), or null. */
  public List<String> labelIds() { return labelIds; }

  /** The new metadata object, or null. */
  public JsonNode metadata() { return metadata == null ? null : metadata.deepCopy(); }

  @Override
  public String toString() {
    return "MessageUpdate{unread=" + unread + ", starred=" + starred + ", folderId=" + folderId + ", labelIds=" + labelIds + "}";
  }

  /** Builds a {@link MessageUpdate}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder {
    private Boolean unread;
    private Boolean starred;
    private String folderId;
    private List<String> labelIds;
    private JsonNode metadata;

    private Builder() {}

    /** Marks the message unread (true) or read (false). */
    public Builder unread(boolean unread) { this.unread = unread; return this; }

    /** Stars (true) or unstars (false) the message. */
    public Builder starred(boolean starred) { this.starred = starred; return this; }

    /** Moves the message to this folder (folder-based accounts only). */
    public Builder folderId(String folderId) { this.folderId = folderId; return this; }

    /** Replaces the message's labels with these (label-based accounts only). */
    public Builder labelIds(List<String> labelIds) { this.labelIds = labelIds; return this; }

    /** Replaces the message's metadata with this JSON object. */
    public Builder metadata(JsonNode metadata) { this.metadata = metadata; return this; }

    /** Builds the update. */
    public MessageUpdate build() {
      return new MessageUpdate(this);
    }
  }
}

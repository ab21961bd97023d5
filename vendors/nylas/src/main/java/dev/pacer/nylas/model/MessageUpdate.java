package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The body of {@code PUT /messages/{id}}: marks a message read or starred, moves it to a folder,
 * or sets its labels. Fields left unset are not sent and stay as they are. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * MessageUpdate.builder().unread(false).folderId(archive.id()).build();
 * }</pre>
 *
 * @param unread the new unread state, or null to leave it
 * @param starred the new starred state, or null to leave it
 * @param folderId the folder to move to (folder-based accounts), or null
 * @param labelIds the complete new set of label IDs (label-based accounts), or null
 * @param metadata the new metadata object, or null (copied in and out: a JSON node is mutable)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MessageUpdate(
    Boolean unread,
    Boolean starred,
    String folderId,
    List<String> labelIds,
    JsonNode metadata) {
  public MessageUpdate {
    labelIds = Copies.listOrNull(labelIds);
    metadata = metadata == null ? null : metadata.deepCopy();
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The new metadata object, or null; a copy. */
  @Override
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
      return new MessageUpdate(
          unread,
          starred,
          folderId,
          labelIds,
          metadata);
    }
  }
}

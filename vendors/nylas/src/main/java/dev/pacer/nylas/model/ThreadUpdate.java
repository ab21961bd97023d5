package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The body of {@code PUT /threads/{id}}: changes every message of a thread at once. Fields left
 * unset are not sent and stay as they are. Immutable and thread-safe.
 *
 * @param unread the new unread state, or null to leave it
 * @param starred the new starred state, or null to leave it
 * @param folderId the folder to move the thread to (folder-based accounts), or null
 * @param labelIds the complete new set of label IDs (label-based accounts), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ThreadUpdate(Boolean unread, Boolean starred, String folderId, List<String> labelIds) {
  public ThreadUpdate {
    labelIds = Copies.listOrNull(labelIds);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "ThreadUpdate{unread=" + unread + ", starred=" + starred + ", folderId=" + folderId + ", labelIds=" + labelIds + "}";
  }

  /** Builds a {@link ThreadUpdate}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder {
    private Boolean unread;
    private Boolean starred;
    private String folderId;
    private List<String> labelIds;

    private Builder() {}

    /** Marks the thread unread (true) or read (false). */
    public Builder unread(boolean unread) { this.unread = unread; return this; }

    /** Stars (true) or unstars (false) the thread. */
    public Builder starred(boolean starred) { this.starred = starred; return this; }

    /** Moves the thread to this folder (folder-based accounts only). */
    public Builder folderId(String folderId) { this.folderId = folderId; return this; }

    /** Replaces the thread's labels with these (label-based accounts only). */
    public Builder labelIds(List<String> labelIds) { this.labelIds = labelIds; return this; }

    /** Builds the update. */
    public ThreadUpdate build() {
      return new ThreadUpdate(unread, starred, folderId, labelIds);
    }
  }
}

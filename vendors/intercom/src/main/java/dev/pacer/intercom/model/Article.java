package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.intercom.internal.UnixSeconds;
import dev.pacer.vendor.support.Copies;
import java.time.Instant;
import java.util.List;

/**
 * A Help Center article. Read-only.
 *
 * @param type the object type, {@code article}
 * @param id the article's id
 * @param workspaceId the id of the workspace
 * @param title the title
 * @param description the description, or null
 * @param body the body as HTML, or null
 * @param authorId the id of the admin credited as author
 * @param state {@code published} or {@code draft}
 * @param createdAt when it was created (Unix seconds on the wire)
 * @param updatedAt when it was last updated (Unix seconds on the wire)
 * @param url the public URL, or null
 * @param parentIds the ids of the collections it sits in; empty when absent
 * @param defaultLocale the default locale
 * @param tags its tags (read-only through the API)
 */
public record Article(
    @JsonProperty("type") String type,
    @JsonProperty("id") String id,
    @JsonProperty("workspace_id") String workspaceId,
    @JsonProperty("title") String title,
    @JsonProperty("description") String description,
    @JsonProperty("body") String body,
    @JsonProperty("author_id") Long authorId,
    @JsonProperty("state") String state,
    @JsonProperty("created_at") @UnixSeconds Instant createdAt,
    @JsonProperty("updated_at") @UnixSeconds Instant updatedAt,
    @JsonProperty("url") String url,
    @JsonProperty("parent_ids") List<Long> parentIds,
    @JsonProperty("default_locale") String defaultLocale,
    @JsonProperty("tags") Tags tags) {
  public Article {
    parentIds = Copies.listOrEmpty(parentIds);
  }

  @Override
  public String toString() {
    return "Article{id=" + id + ", state=" + state + "}";
  }
}

package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.intercom.internal.Collections2;
import dev.pacer.intercom.internal.UnixSeconds;
import java.time.Instant;
import java.util.List;

/**
 * A Help Center article. Read-only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Article {
  @JsonProperty("type") private String type;
  @JsonProperty("id") private String id;
  @JsonProperty("workspace_id") private String workspaceId;
  @JsonProperty("title") private String title;
  @JsonProperty("description") private String description;
  @JsonProperty("body") private String body;
  @JsonProperty("author_id") private Long authorId;
  @JsonProperty("state") private String state;
  @JsonProperty("created_at") @UnixSeconds private Instant createdAt;
  @JsonProperty("updated_at") @UnixSeconds private Instant updatedAt;
  @JsonProperty("url") private String url;
  @JsonProperty("parent_ids") private List<Long> parentIds;
  @JsonProperty("default_locale") private String defaultLocale;
  @JsonProperty("tags") private Tags tags;

  private Article() {}

  /** The object type, {@code article}. */
  public String type() {
    return type;
  }

  /** The article's id. */
  public String id() {
    return id;
  }

  /** The id of the workspace. */
  public String workspaceId() {
    return workspaceId;
  }

  /** The title. */
  public String title() {
    return title;
  }

  /** The description, or null. */
  public String description() {
    return description;
  }

  /** The body as HTML, or null. */
  public String body() {
    return body;
  }

  /** The id of the admin credited as author. */
  public Long authorId() {
    return authorId;
  }

  /** {@code published} or {@code draft}. */
  public String state() {
    return state;
  }

  /** When it was created (Unix seconds on the wire). */
  public Instant createdAt() {
    return createdAt;
  }

  /** When it was last updated (Unix seconds on the wire). */
  public Instant updatedAt() {
    return updatedAt;
  }

  /** The public URL, or null. */
  public String url() {
    return url;
  }

  /** The ids of the collections it sits in; empty when absent. */
  public List<Long> parentIds() {
    return Collections2.view(parentIds);
  }

  /** The default locale. */
  public String defaultLocale() {
    return defaultLocale;
  }

  /** Its tags (read-only through the API). */
  public Tags tags() {
    return tags;
  }

  @Override
  public String toString() {
    return "Article{id=" + id + ", state=" + state + "}";
  }
}

package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.pacer.intercom.internal.Collections2;
import java.util.List;

/**
 * An admin (a teammate). {@code GET /me} also fills {@link #emailVerified()} and {@link #app()}.
 * Read-only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class Admin {
  @JsonProperty("type") private String type;
  @JsonProperty("id") private String id;
  @JsonProperty("name") private String name;
  @JsonProperty("email") private String email;
  @JsonProperty("job_title") private String jobTitle;
  @JsonProperty("away_mode_enabled") private Boolean awayModeEnabled;
  @JsonProperty("away_mode_reassign") private Boolean awayModeReassign;
  @JsonProperty("away_status_reason_id") private String awayStatusReasonId;
  @JsonProperty("has_inbox_seat") private Boolean hasInboxSeat;
  @JsonProperty("team_ids") private List<Long> teamIds;
  @JsonProperty("avatar") private Avatar avatar;
  @JsonProperty("email_verified") private Boolean emailVerified;
  @JsonProperty("app") private App app;

  private Admin() {}

  /** The object type, {@code admin}. */
  public String type() {
    return type;
  }

  /** The admin's id. */
  public String id() {
    return id;
  }

  /** The name. */
  public String name() {
    return name;
  }

  /** The email address. */
  public String email() {
    return email;
  }

  /** The job title, or null. */
  public String jobTitle() {
    return jobTitle;
  }

  /** Whether the admin is away. */
  public Boolean awayModeEnabled() {
    return awayModeEnabled;
  }

  /** Whether new replies are reassigned while the admin is away. */
  public Boolean awayModeReassign() {
    return awayModeReassign;
  }

  /** The id of the away reason, or null. */
  public String awayStatusReasonId() {
    return awayStatusReasonId;
  }

  /** Whether the admin has a paid inbox seat. */
  public Boolean hasInboxSeat() {
    return hasInboxSeat;
  }

  /** The ids of the teams the admin belongs to; empty when absent. */
  public List<Long> teamIds() {
    return Collections2.view(teamIds);
  }

  /** The avatar, or null. */
  public Avatar avatar() {
    return avatar;
  }

  /** Whether the email address is verified; only from {@code GET /me}. */
  public Boolean emailVerified() {
    return emailVerified;
  }

  /** The workspace the access token belongs to; only from {@code GET /me}. */
  public App app() {
    return app;
  }

  @Override
  public String toString() {
    return "Admin{id=" + id + "}";
  }
}

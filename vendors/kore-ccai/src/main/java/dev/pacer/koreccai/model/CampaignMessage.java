package dev.pacer.koreccai.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The message of an SMS campaign. Kore's pages show the text plain in some samples and
 * Base64-encoded in others; it is sent as given.
 *
 * @param templateId the template's ID, or null (or empty) for no template
 * @param templateName the pre-approved template's name ({@code template_name}), or null
 * @param message the text
 */
public record CampaignMessage(String templateId, @JsonProperty("template_name") String templateName,
    String message) {
  /** A message without a template. */
  public static CampaignMessage text(String message) {
    return new CampaignMessage(null, null, message);
  }

  /** A message using the pre-approved template {@code templateName}. */
  public static CampaignMessage template(String templateName, String message) {
    return new CampaignMessage(null, templateName, message);
  }
}

package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * A webhook of the application ({@code /a/{client_id}/webhooks}): where Nylas posts
 * notifications, and for which triggers. Verifying a notification's signature is not this type's
 * job.
 *
 * @param id the webhook's ID
 * @param applicationId the application's ID
 * @param callbackUrl the URL Nylas posts notifications to
 * @param state {@code active}, {@code inactive}, {@code failing} or {@code failed}
 * @param triggers the notification types sent, such as {@code message.created}; never null
 * @param version the notification format's version
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Webhook(
    String id,
    String applicationId,
    String callbackUrl,
    String state,
    List<String> triggers,
    String version) {
  public Webhook {
    triggers = Copies.listOrEmpty(triggers);
  }
}

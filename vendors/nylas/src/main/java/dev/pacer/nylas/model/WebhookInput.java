package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /a/{client_id}/webhooks}; all three fields are required. On creation
 * Nylas calls {@code GET <callbackUrl>?challenge=...} and expects the challenge back within 10 s,
 * so the endpoint must answer before this call is made.
 *
 * @param callbackUrl the URL Nylas posts notifications to
 * @param triggers the notification types to send, such as {@code message.created},
 *     {@code event.updated}, {@code account.invalid} (the reference lists them; it spells the job
 *     trigger {@code job.succesful}, Nylas' SDKs {@code job.successful})
 * @param state {@code active} or {@code inactive}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WebhookInput(String callbackUrl, List<String> triggers, String state) {
  /**
   * @throws IllegalArgumentException when {@code triggers} is empty or {@code state} is neither
   *     {@code active} nor {@code inactive}
   */
  public WebhookInput {
    Objects.requireNonNull(callbackUrl, "callbackUrl == null");
    triggers = List.copyOf(Objects.requireNonNull(triggers, "triggers == null"));
    if (triggers.isEmpty()) throw new IllegalArgumentException("triggers is empty");
    WebhookState.check(state);
  }

  /** An active webhook posting {@code triggers} to {@code callbackUrl}. */
  public static WebhookInput active(String callbackUrl, List<String> triggers) {
    return new WebhookInput(callbackUrl, triggers, "active");
  }
}

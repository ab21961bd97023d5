package dev.pacer.nylas.model;

/**
 * The body of {@code PUT /a/{client_id}/webhooks/{id}}, the one change the reference allows:
 * turning a webhook on or off.
 *
 * @param state {@code active} or {@code inactive}
 */
public record WebhookState(String state) {
  /** Turns the webhook on. */
  public static final WebhookState ACTIVE = new WebhookState("active");
  /** Turns the webhook off. */
  public static final WebhookState INACTIVE = new WebhookState("inactive");

  /**
   * @throws IllegalArgumentException when {@code state} is neither {@code active} nor {@code inactive}
   */
  public WebhookState {
    check(state);
  }

  static void check(String state) {
    if (!"active".equals(state) && !"inactive".equals(state)) {
      throw new IllegalArgumentException("state is not active or inactive: " + state);
    }
  }
}

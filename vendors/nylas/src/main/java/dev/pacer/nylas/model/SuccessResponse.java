package dev.pacer.nylas.model;


/**
 * The answer of the account-management actions ({@code downgrade}, {@code upgrade},
 * {@code revoke-all}), which Nylas sends as {@code {"success": "true"}}.
 *
 * @param success the value as sent, usually the string {@code true}
 */
public record SuccessResponse(String success) {

  /** True when Nylas reported success. */
  public boolean succeeded() {
    return "true".equalsIgnoreCase(success);
  }
}

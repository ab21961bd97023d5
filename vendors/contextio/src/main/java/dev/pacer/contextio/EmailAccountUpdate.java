package dev.pacer.contextio;

/**
 * Changes to an email account, for {@link EmailAccountsApi#update}: new credentials, a status
 * reset or a forced status check. Immutable; {@link #toString()} never shows a credential.
 */
public final class EmailAccountUpdate extends FormRequest {
  private EmailAccountUpdate(Builder b) {
    super(b);
    if (fields().isEmpty()) throw new IllegalStateException("an email account update must change something");
  }

  /** A builder; set at least one change. */
  public static Builder builder() {
    return new Builder();
  }

  /** Asks Context.IO to check the connection again now ({@code force_status_check=1}). */
  public static EmailAccountUpdate forceStatusCheck() {
    return builder().forceStatusCheck(true).build();
  }

  /** Builds an {@link EmailAccountUpdate}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder extends FormRequest.MailboxBuilder<EmailAccountUpdate, Builder> {
    private Builder() {
      super(EmailAccountUpdate::new);
    }

    /** Resets the account's status so Context.IO tries to connect again ({@code status=1}). */
    public Builder resetStatus(boolean reset) {
      return put("status", reset);
    }

    /** Checks the connection now ({@code force_status_check=1}). */
    public Builder forceStatusCheck(boolean force) {
      return put("force_status_check", force);
    }

    /** Where Context.IO posts when the account's status changes. */
    public Builder statusCallbackUrl(String url) {
      return put("status_callback_url", url);
    }
  }
}

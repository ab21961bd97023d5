package dev.pacer.contextio;

import dev.pacer.contextio.internal.Form;
import java.util.Map;

/**
 * Changes to an email account, for {@link EmailAccountsApi#update}: new credentials, a status
 * reset or a forced status check. Immutable; {@link #toString()} never shows a credential.
 */
public final class EmailAccountUpdate {
  private final Map<String, String> fields;

  private EmailAccountUpdate(Builder b) {
    this.fields = b.form.toMap();
    if (fields.isEmpty()) throw new IllegalStateException("an email account update must change something");
  }

  /** A builder; set at least one change. */
  public static Builder builder() {
    return new Builder();
  }

  /** Asks Context.IO to check the connection again now ({@code force_status_check=1}). */
  public static EmailAccountUpdate forceStatusCheck() {
    return builder().forceStatusCheck(true).build();
  }

  /** The form fields sent, by Context.IO's names. */
  public Map<String, String> fields() {
    return fields;
  }

  @Override
  public String toString() {
    return "EmailAccountUpdate" + Secrets.redacted(fields);
  }

  /** Builds an {@link EmailAccountUpdate}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder {
    private final Form form = new Form();

    private Builder() {}

    /** Resets the account's status so Context.IO tries to connect again ({@code status=1}). */
    public Builder resetStatus(boolean reset) {
      form.put("status", reset);
      return this;
    }

    /** Checks the connection now ({@code force_status_check=1}). */
    public Builder forceStatusCheck(boolean force) {
      form.put("force_status_check", force);
      return this;
    }

    /** A new IMAP password. */
    public Builder password(String password) {
      form.put("password", password);
      return this;
    }

    /** New OAuth2 credentials: the provider's refresh token and consumer key. */
    public Builder providerOAuth(String refreshToken, String consumerKey) {
      form.require("provider_refresh_token", refreshToken).require("provider_consumer_key", consumerKey);
      return this;
    }

    /** Where Context.IO posts when the account's status changes. */
    public Builder statusCallbackUrl(String url) {
      form.put("status_callback_url", url);
      return this;
    }

    /** The update. */
    public EmailAccountUpdate build() {
      return new EmailAccountUpdate(this);
    }
  }
}

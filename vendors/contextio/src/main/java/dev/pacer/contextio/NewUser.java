package dev.pacer.contextio;

import dev.pacer.contextio.internal.Form;
import java.util.Map;
import java.util.Objects;

/**
 * A user to create with {@link UsersApi#create(NewUser)}: an email address, and optionally the
 * IMAP settings to create the user's first email account in the same call. Immutable.
 *
 * <pre>{@code
 * NewUser ann = NewUser.builder("ann@example.com")
 *     .firstName("Ann")
 *     .imap("imap.example.com", "ann@example.com", true, 993)
 *     .password(System.getenv("ANN_IMAP_PASSWORD"))
 *     .build();
 * }</pre>
 *
 * <p>{@link #toString()} never shows a password or token.
 */
public final class NewUser {
  private final Map<String, String> fields;

  private NewUser(Builder b) {
    this.fields = b.form.toMap();
  }

  /** A builder for a user whose primary address is {@code email}. */
  public static Builder builder(String email) {
    return new Builder(email);
  }

  /** The form fields sent, by Context.IO's names. */
  public Map<String, String> fields() {
    return fields;
  }

  @Override
  public String toString() {
    return "NewUser" + Secrets.redacted(fields);
  }

  /** Builds a {@link NewUser}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder {
    private final Form form = new Form();

    private Builder(String email) {
      form.require("email", email);
    }

    /** The first name. */
    public Builder firstName(String firstName) {
      form.put("first_name", firstName);
      return this;
    }

    /** The last name. */
    public Builder lastName(String lastName) {
      form.put("last_name", lastName);
      return this;
    }

    /** Creates the first email account too: IMAP {@code server}, {@code username}, SSL and {@code port}. */
    public Builder imap(String server, String username, boolean useSsl, int port) {
      form.require("server", server).require("username", username).put("use_ssl", useSsl).put("port", port);
      form.put("type", "IMAP");
      return this;
    }

    /** The IMAP password, with {@link #imap}. */
    public Builder password(String password) {
      form.put("password", password);
      return this;
    }

    /** OAuth2 instead of a password, with {@link #imap}: the provider's refresh token and consumer key. */
    public Builder providerOAuth(String refreshToken, String consumerKey) {
      form.require("provider_refresh_token", refreshToken).require("provider_consumer_key", consumerKey);
      return this;
    }

    /** An existing 2.0 account to migrate to Lite. */
    public Builder migrateAccountId(String accountId) {
      form.put("migrate_account_id", accountId);
      return this;
    }

    /** Where Context.IO posts when the account's status changes. */
    public Builder statusCallbackUrl(String url) {
      form.put("status_callback_url", url);
      return this;
    }

    /** The user. */
    public NewUser build() {
      return new NewUser(this);
    }
  }
}

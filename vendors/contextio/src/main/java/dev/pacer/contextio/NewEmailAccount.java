package dev.pacer.contextio;

import dev.pacer.contextio.internal.Form;
import java.util.Map;

/**
 * An IMAP mailbox to add to a user with {@link EmailAccountsApi#create}. Immutable; {@link
 * #toString()} never shows a password or token.
 *
 * <pre>{@code
 * NewEmailAccount work = NewEmailAccount.builder("imap.example.com", "ann@example.com")
 *     .ssl(true).port(993).password(secret).build();
 * }</pre>
 */
public final class NewEmailAccount {
  private final Map<String, String> fields;

  private NewEmailAccount(Builder b) {
    this.fields = b.form.toMap();
  }

  /** A builder for the mailbox {@code username} on IMAP {@code server}; type {@code IMAP}. */
  public static Builder builder(String server, String username) {
    return new Builder(server, username);
  }

  /** The form fields sent, by Context.IO's names. */
  public Map<String, String> fields() {
    return fields;
  }

  @Override
  public String toString() {
    return "NewEmailAccount" + Secrets.redacted(fields);
  }

  /** Builds a {@link NewEmailAccount}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder {
    private final Form form = new Form();

    private Builder(String server, String username) {
      form.require("server", server).require("username", username).put("type", "IMAP");
    }

    /** The mailbox's email address, when it differs from the user name. */
    public Builder email(String email) {
      form.put("email", email);
      return this;
    }

    /** Whether to connect with SSL. */
    public Builder ssl(boolean useSsl) {
      form.put("use_ssl", useSsl);
      return this;
    }

    /** The IMAP port. */
    public Builder port(int port) {
      if (port < 1 || port > 65_535) throw new IllegalArgumentException("port not in 1..65535: " + port);
      form.put("port", port);
      return this;
    }

    /** The IMAP password. */
    public Builder password(String password) {
      form.put("password", password);
      return this;
    }

    /** OAuth2 instead of a password: the provider's refresh token and consumer key. */
    public Builder providerOAuth(String refreshToken, String consumerKey) {
      form.require("provider_refresh_token", refreshToken).require("provider_consumer_key", consumerKey);
      return this;
    }

    /** OAuth 1 provider credentials instead of a password. */
    public Builder providerToken(String token, String tokenSecret) {
      form.require("provider_token", token).require("provider_token_secret", tokenSecret);
      return this;
    }

    /** Whether the server lists files raw (an IMAP quirk of some servers). */
    public Builder rawFileList(boolean rawFileList) {
      form.put("raw_file_list", rawFileList);
      return this;
    }

    /** The mailbox. */
    public NewEmailAccount build() {
      return new NewEmailAccount(this);
    }
  }
}

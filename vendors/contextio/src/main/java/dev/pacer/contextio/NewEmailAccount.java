package dev.pacer.contextio;

/**
 * An IMAP mailbox to add to a user with {@link EmailAccountsApi#create}. Immutable; {@link
 * #toString()} never shows a password or token.
 *
 * <pre>{@code
 * NewEmailAccount work = NewEmailAccount.builder("imap.example.com", "ann@example.com")
 *     .ssl(true).port(993).password(secret).build();
 * }</pre>
 */
public final class NewEmailAccount extends FormRequest {
  private NewEmailAccount(Builder b) {
    super(b);
  }

  /** A builder for the mailbox {@code username} on IMAP {@code server}; type {@code IMAP}. */
  public static Builder builder(String server, String username) {
    return new Builder(server, username);
  }

  /** Builds a {@link NewEmailAccount}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder extends FormRequest.MailboxBuilder<NewEmailAccount, Builder> {
    private Builder(String server, String username) {
      super(NewEmailAccount::new);
      require("server", server).require("username", username).put("type", "IMAP");
    }

    /** The mailbox's email address, when it differs from the user name. */
    public Builder email(String email) {
      return put("email", email);
    }

    /** Whether to connect with SSL. */
    public Builder ssl(boolean useSsl) {
      return put("use_ssl", useSsl);
    }

    /** The IMAP port. */
    public Builder port(int port) {
      if (port < 1 || port > 65_535) throw new IllegalArgumentException("port not in 1..65535: " + port);
      return put("port", port);
    }

    /** OAuth 1 provider credentials instead of a password. */
    public Builder providerToken(String token, String tokenSecret) {
      return require("provider_token", token).require("provider_token_secret", tokenSecret);
    }

    /** Whether the server lists files raw (an IMAP quirk of some servers). */
    public Builder rawFileList(boolean rawFileList) {
      return put("raw_file_list", rawFileList);
    }
  }
}

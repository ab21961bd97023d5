package dev.pacer.contextio;

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
public final class NewUser extends FormRequest {
  private NewUser(Builder b) {
    super(b);
  }

  /** A builder for a user whose primary address is {@code email}. */
  public static Builder builder(String email) {
    return new Builder(email);
  }

  /** Builds a {@link NewUser}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder extends FormRequest.MailboxBuilder<NewUser, Builder> {
    private Builder(String email) {
      super(NewUser::new);
      require("email", email);
    }

    /** The first name. */
    public Builder firstName(String firstName) {
      return put("first_name", firstName);
    }

    /** The last name. */
    public Builder lastName(String lastName) {
      return put("last_name", lastName);
    }

    /** Creates the first email account too: IMAP {@code server}, {@code username}, SSL and {@code port}. */
    public Builder imap(String server, String username, boolean useSsl, int port) {
      require("server", server).require("username", username).put("use_ssl", useSsl).put("port", port);
      return put("type", "IMAP");
    }

    /** An existing 2.0 account to migrate to Lite. */
    public Builder migrateAccountId(String accountId) {
      return put("migrate_account_id", accountId);
    }

    /** Where Context.IO posts when the account's status changes. */
    public Builder statusCallbackUrl(String url) {
      return put("status_callback_url", url);
    }
  }
}

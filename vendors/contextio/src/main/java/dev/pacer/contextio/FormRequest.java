package dev.pacer.contextio;

import dev.pacer.vendor.support.Params;
import java.util.Map;
import java.util.function.Function;

/**
 * What Context.IO's form-encoded request bodies share ({@link NewUser}, {@link NewEmailAccount},
 * {@link EmailAccountUpdate}, {@link NewWebhook}, {@link NewConnectToken}): the fields sent, by
 * Context.IO's names, in the order first set; unset fields are not sent, booleans are sent as
 * {@code 1} or {@code 0}. Immutable; {@link #toString()} never shows a password or token.
 */
public abstract class FormRequest {
  private final Map<String, String> fields;

  FormRequest(Builder<?, ?> builder) {
    this.fields = builder.params.toMap();
  }

  /** The form fields sent, by Context.IO's names. */
  public Map<String, String> fields() {
    return fields;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + Secrets.redacted(fields);
  }

  /**
   * Builds a form request. Not thread-safe; {@code build()} copies.
   *
   * @param <T> the request type
   * @param <B> this builder's own type, returned by every setter
   */
  public abstract static class Builder<T extends FormRequest, B extends Builder<T, B>> {
    final Params params = new Params();
    private final Function<B, T> make;

    Builder(Function<B, T> make) {
      this.make = make;
    }

    @SuppressWarnings("unchecked")
    final B self() {
      return (B) this;
    }

    /** Sets a text or number field; a Boolean is sent as {@code 1} or {@code 0}; null unsets. */
    final B put(String name, Object value) {
      if (value instanceof Boolean) params.putBit(name, (Boolean) value);
      else params.put(name, value);
      return self();
    }

    final B require(String name, String value) {
      params.require(name, value);
      return self();
    }

    /** The request. */
    public T build() {
      return make.apply(self());
    }
  }

  /**
   * A builder of a request that carries a mailbox's credentials.
   *
   * @param <T> the request type
   * @param <B> this builder's own type
   */
  public abstract static class MailboxBuilder<T extends FormRequest, B extends MailboxBuilder<T, B>>
      extends Builder<T, B> {
    MailboxBuilder(Function<B, T> make) {
      super(make);
    }

    /** The mailbox's IMAP password (for a new user, with its {@code imap} settings). */
    public B password(String password) {
      return put("password", password);
    }

    /** OAuth2 instead of a password: the provider's refresh token and consumer key. */
    public B providerOAuth(String refreshToken, String consumerKey) {
      return require("provider_refresh_token", refreshToken).require("provider_consumer_key", consumerKey);
    }
  }
}

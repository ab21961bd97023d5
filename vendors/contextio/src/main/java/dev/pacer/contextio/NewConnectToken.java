package dev.pacer.contextio;

/** A connect token to create with {@link ConnectTokensApi#create}. Immutable. */
public final class NewConnectToken extends FormRequest {
  private NewConnectToken(Builder b) {
    super(b);
  }

  /** A builder for a token that returns the user to {@code callbackUrl} once connected. */
  public static Builder builder(String callbackUrl) {
    return new Builder(callbackUrl);
  }

  /** Builds a {@link NewConnectToken}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder extends FormRequest.Builder<NewConnectToken, Builder> {
    private Builder(String callbackUrl) {
      super(NewConnectToken::new);
      require("callback_url", callbackUrl);
    }

    /** The address to connect, prefilled on Context.IO's page. */
    public Builder email(String email) {
      return put("email", email);
    }

    /** The first name of the user to create. */
    public Builder firstName(String firstName) {
      return put("first_name", firstName);
    }

    /** The last name of the user to create. */
    public Builder lastName(String lastName) {
      return put("last_name", lastName);
    }

    /** The service level. */
    public Builder serviceLevel(String serviceLevel) {
      return put("service_level", serviceLevel);
    }

    /** Whether the server lists files raw. */
    public Builder sourceRawFileList(boolean value) {
      return put("source_raw_file_list", value);
    }
  }
}

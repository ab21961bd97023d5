package dev.pacer.contextio;

import dev.pacer.contextio.internal.Form;
import java.util.Map;

/** A connect token to create with {@link ConnectTokensApi#create}. Immutable. */
public final class NewConnectToken {
  private final Map<String, String> fields;

  private NewConnectToken(Builder b) {
    this.fields = b.form.toMap();
  }

  /** A builder for a token that returns the user to {@code callbackUrl} once connected. */
  public static Builder builder(String callbackUrl) {
    return new Builder(callbackUrl);
  }

  /** The form fields sent, by Context.IO's names. */
  public Map<String, String> fields() {
    return fields;
  }

  @Override
  public String toString() {
    return "NewConnectToken" + fields;
  }

  /** Builds a {@link NewConnectToken}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder {
    private final Form form = new Form();

    private Builder(String callbackUrl) {
      form.require("callback_url", callbackUrl);
    }

    /** The address to connect, prefilled on Context.IO's page. */
    public Builder email(String email) {
      form.put("email", email);
      return this;
    }

    /** The first name of the user to create. */
    public Builder firstName(String firstName) {
      form.put("first_name", firstName);
      return this;
    }

    /** The last name of the user to create. */
    public Builder lastName(String lastName) {
      form.put("last_name", lastName);
      return this;
    }

    /** The service level. */
    public Builder serviceLevel(String serviceLevel) {
      form.put("service_level", serviceLevel);
      return this;
    }

    /** Whether the server lists files raw. */
    public Builder sourceRawFileList(boolean value) {
      form.put("source_raw_file_list", value);
      return this;
    }

    /** The token request. */
    public NewConnectToken build() {
      return new NewConnectToken(this);
    }
  }
}

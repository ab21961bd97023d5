package dev.pacer.nylas;

import dev.pacer.nylas.model.Contact;
import dev.pacer.nylas.model.ContactFilter;
import dev.pacer.nylas.model.ContactGroup;
import dev.pacer.nylas.model.ContactInput;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.QueryMap;
import retrofit2.http.Streaming;

/** An account's contacts ({@code /contacts}). Get one from {@link NylasAccount#contacts()}. */
public interface ContactsApi {
  /** {@code GET /contacts} with raw query parameters. */
  @GET("contacts")
  Call<List<Contact>> list(@QueryMap Map<String, String> query);

  /** {@code GET /contacts}: one page of contacts matching {@code filter}. */
  default Call<List<Contact>> list(ContactFilter filter) {
    return list(Objects.requireNonNull(filter, "filter == null").query());
  }

  /** {@code GET /contacts/{id}}: one contact. */
  @GET("contacts/{id}")
  Call<Contact> get(@Path("id") String id);

  /** {@code POST /contacts}: creates a contact. */
  @POST("contacts")
  Call<Contact> create(@Body ContactInput contact);

  /** {@code PUT /contacts/{id}}: changes the fields set in {@code contact}. */
  @PUT("contacts/{id}")
  Call<Contact> update(@Path("id") String id, @Body ContactInput contact);

  /** {@code DELETE /contacts/{id}}: deletes a contact. */
  @DELETE("contacts/{id}")
  Call<Void> delete(@Path("id") String id);

  /** {@code GET /contacts/groups}: the account's contact groups. */
  @GET("contacts/groups")
  Call<List<ContactGroup>> groups();

  /** {@code GET /contacts/{id}/picture}: the contact's picture, streamed. Close the body when done. */
  @Streaming
  @GET("contacts/{id}/picture")
  Call<ResponseBody> picture(@Path("id") String id);
}

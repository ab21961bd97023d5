package dev.pacer.contextio;

import dev.pacer.contextio.model.CreatedUser;
import dev.pacer.contextio.model.Success;
import dev.pacer.contextio.model.User;
import java.util.List;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.DELETE;
import retrofit2.http.Field;
import retrofit2.http.FieldMap;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Context.IO Lite's user methods. Get one from {@link ContextIoClient#users()}; every method
 * returns a Retrofit {@link Call}: {@code execute()} it, {@code enqueue()} it, or hand it to
 * {@link ContextIoClient#execute} / {@link ContextIoClient#async} for typed errors. None of them
 * calls IMAP, so each counts against the developer key's <b>5,000/h</b> only (rule {@value
 * ContextIoPolicy#DEVELOPER_RULE}).
 */
public interface UsersApi {
  /** The most users one list page returns. */
  int MAX_LIMIT = 100;

  /**
   * Lists users, at most 100 a page. Limit: <b>5,000/h</b> per developer key (rule {@value
   * ContextIoPolicy#DEVELOPER_RULE}). For every page, lazily, see {@link ContextIoClient#allUsers()}.
   *
   * @param email filter: users with this address, or null
   * @param status filter: users with an email account in this status ({@code OK}, {@code DISABLED}, ...), or null
   * @param statusOk filter: 1 for users whose accounts work, 0 for those whose do not, or null
   * @param limit at most this many, up to 100; null for the server's default
   * @param offset skip this many (from 0); null for 0
   */
  @GET("users")
  Call<List<User>> list(@Query("email") String email, @Query("status") String status,
      @Query("status_ok") Integer statusOk, @Query("limit") Integer limit, @Query("offset") Integer offset);

  /**
   * Users {@code offset} to {@code offset + limit - 1}, unfiltered. Limit: <b>5,000/h</b> per
   * developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}).
   */
  default Call<List<User>> list(int offset, int limit) {
    ContextIoPaging.check(offset, limit, MAX_LIMIT);
    return list(null, null, null, limit, offset);
  }

  /** The user {@code id}. Limit: <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}). */
  @GET("users/{id}")
  Call<User> get(@Path("id") String id);

  /**
   * Creates a user from raw form {@code fields}; prefer {@link #create(NewUser)}. Limit:
   * <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}), and the
   * initial limit of <b>100 users</b> per application, which is not a rate: past it the call fails
   * with {@link ContextIoError.Kind#USER_LIMIT_REACHED}.
   */
  @FormUrlEncoded
  @POST("users")
  Call<CreatedUser> create(@FieldMap Map<String, String> fields);

  /**
   * Creates {@code user}, and its first email account when IMAP settings are given. Limit:
   * <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}), and the
   * initial limit of <b>100 users</b> per application, which is not a rate: past it the call fails
   * with an {@link dev.pacer.vendor.support.ApiException} whose error kind is {@link
   * ContextIoError.Kind#USER_LIMIT_REACHED}.
   */
  default Call<CreatedUser> create(NewUser user) {
    return create(user.fields());
  }

  /**
   * Changes user {@code id}'s names; null leaves a name as it is. Limit: <b>5,000/h</b> per
   * developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}).
   */
  @FormUrlEncoded
  @POST("users/{id}")
  Call<Success> update(@Path("id") String id, @Field("first_name") String firstName,
      @Field("last_name") String lastName);

  /** Deletes user {@code id}. Limit: <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}). */
  @DELETE("users/{id}")
  Call<Success> delete(@Path("id") String id);
}

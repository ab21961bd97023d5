package dev.pacer.nylas;

import dev.pacer.nylas.model.Account;
import retrofit2.Call;
import retrofit2.http.GET;

/** The account an access token belongs to. Get one from {@link NylasAccount#account()}. */
public interface AccountApi {
  /** {@code GET /account}: the account's details. */
  @GET("account")
  Call<Account> get();
}

package dev.pacer.esputnik;

import dev.pacer.esputnik.model.AccountInfo;
import retrofit2.Call;
import retrofit2.http.GET;

/** eSputnik's account methods. Get one from {@link EsputnikClient#account()}. */
public interface AccountApi {
  /** The account behind the API key; a cheap way to check a key. Limit: shared <b>200/s</b> (rule {@code default}). */
  @GET("v1/account/info")
  Call<AccountInfo> info();
}

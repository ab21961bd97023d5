package dev.pacer.intercom;

import dev.pacer.intercom.model.Admin;
import dev.pacer.intercom.model.IntercomList;
import dev.pacer.intercom.model.AwayRequest;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/** Intercom's admins (teammates), typed after API version 2.16. Get one from {@link IntercomClient#admins()}. */
public interface AdminsApi {

  /** The admin the access token belongs to, with the workspace ({@link Admin#app()}) and its region. */
  @GET("me")
  Call<Admin> me();

  /** Every admin of the workspace. */
  @GET("admins")
  Call<IntercomList<Admin>> list();

  /** The admin {@code adminId}. */
  @GET("admins/{admin_id}")
  Call<Admin> get(@Path("admin_id") String adminId);

  /** Sets the admin {@code adminId} away or back. */
  @PUT("admins/{admin_id}/away")
  Call<Admin> setAway(@Path("admin_id") String adminId, @Body AwayRequest request);
}

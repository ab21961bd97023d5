package dev.pacer.intercom;

import dev.pacer.intercom.model.Contact;
import dev.pacer.intercom.model.ConvertVisitorRequest;
import dev.pacer.intercom.model.Visitor;
import dev.pacer.intercom.model.VisitorUpdate;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Query;

/** Intercom's visitors, typed after API version 2.16. Get one from {@link IntercomClient#visitors()}. */
public interface VisitorsApi {

  /** The visitor with user id {@code userId}. */
  @GET("visitors")
  Call<Visitor> get(@Query("user_id") String userId);

  /** Changes the visitor named in {@code update}. */
  @PUT("visitors")
  Call<Visitor> update(@Body VisitorUpdate update);

  /** Converts a visitor into a lead or merges it into a user; answers the contact. */
  @POST("visitors/convert")
  Call<Contact> convert(@Body ConvertVisitorRequest request);
}

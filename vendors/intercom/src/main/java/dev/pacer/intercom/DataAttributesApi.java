package dev.pacer.intercom;

import dev.pacer.intercom.model.CreateDataAttributeRequest;
import dev.pacer.intercom.model.DataAttribute;
import dev.pacer.intercom.model.IntercomList;
import dev.pacer.intercom.model.UpdateDataAttributeRequest;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The standard and custom attributes of contacts and companies, typed after API version 2.16.
 * Get one from {@link IntercomClient#dataAttributes()}.
 */
public interface DataAttributesApi {

  /**
   * The attributes of {@code model} ({@code contact} or {@code company}; null for both),
   * archived ones too when {@code includeArchived} is true (null means false).
   */
  @GET("data_attributes")
  Call<IntercomList<DataAttribute>> list(@Query("model") String model, @Query("include_archived") Boolean includeArchived);

  /** Creates a custom attribute. */
  @POST("data_attributes")
  Call<DataAttribute> create(@Body CreateDataAttributeRequest request);

  /** Updates (or archives) the custom attribute {@code id}. */
  @PUT("data_attributes/{data_attribute_id}")
  Call<DataAttribute> update(@Path("data_attribute_id") long id, @Body UpdateDataAttributeRequest request);
}

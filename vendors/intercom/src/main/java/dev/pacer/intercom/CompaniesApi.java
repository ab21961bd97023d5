package dev.pacer.intercom;

import dev.pacer.intercom.model.Company;
import dev.pacer.intercom.model.Contact;
import dev.pacer.intercom.model.IntercomList;
import dev.pacer.intercom.model.Segment;
import dev.pacer.intercom.model.CompanyRequest;
import dev.pacer.intercom.model.DeletedObject;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Intercom's companies, typed after API version 2.16. Company lists page by number ({@code
 * page} 1-based, {@code per_page} default 15); for more than 10,000 companies use {@link
 * #scroll(String)}. Get one from {@link IntercomClient#companies()}.
 */
public interface CompaniesApi {

  /** Creates a company, or updates the one with the same {@code company_id}. */
  @POST("companies")
  Call<Company> createOrUpdate(@Body CompanyRequest request);

  /** The company with Intercom id {@code id}. */
  @GET("companies/{company_id}")
  Call<Company> get(@Path("company_id") String id);

  /** Finds companies by your {@code companyId} or by {@code name}; either may be null. */
  @GET("companies")
  Call<IntercomList<Company>> find(@Query("company_id") String companyId, @Query("name") String name);

  /** Changes the fields set in {@code request} of the company with Intercom id {@code id}. */
  @PUT("companies/{company_id}")
  Call<Company> update(@Path("company_id") String id, @Body CompanyRequest request);

  /** Deletes the company with Intercom id {@code id}. */
  @DELETE("companies/{company_id}")
  Call<DeletedObject> delete(@Path("company_id") String id);

  /**
   * One page of all companies; {@code page} (1-based), {@code perPage} (at most 60) and {@code
   * order} ({@code asc} or {@code desc}) may be null.
   */
  @POST("companies/list")
  Call<IntercomList<Company>> list(
      @Query("page") Integer page, @Query("per_page") Integer perPage, @Query("order") String order);

  /**
   * The next batch of a scroll over all companies: null for the first, then the previous
   * batch's {@link IntercomList#scrollParam()}. One scroll may be open per workspace.
   */
  @GET("companies/scroll")
  Call<IntercomList<Company>> scroll(@Query("scroll_param") String scrollParam);

  /**
   * The contacts attached to the company with Intercom id {@code id}, with a {@code
   * starting_after} cursor in {@link IntercomList#pages()}.
   */
  @GET("companies/{company_id}/contacts")
  Call<IntercomList<Contact>> contacts(@Path("company_id") String id);

  /** The segments the company with Intercom id {@code id} is in. */
  @GET("companies/{company_id}/segments")
  Call<IntercomList<Segment>> segments(@Path("company_id") String id);
}

package dev.pacer.nylas;

import dev.pacer.nylas.model.JobStatusRef;
import dev.pacer.nylas.model.Label;
import dev.pacer.nylas.model.LabelInput;
import java.util.List;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * An account's labels ({@code /labels}; Gmail accounts, whose {@code organization_unit} is
 * {@code label}). Get one from {@link NylasAccount#labels()}. Label IDs are what
 * {@link dev.pacer.nylas.model.MessageUpdate#labelIds()} and
 * {@link dev.pacer.nylas.model.ThreadUpdate#labelIds()} set.
 */
public interface LabelsApi {
  /** {@code GET /labels}: one page of labels; {@code limit} and {@code offset} may be null. */
  @GET("labels")
  Call<List<Label>> list(@Query("limit") Integer limit, @Query("offset") Integer offset);

  /** {@code GET /labels}: the first page of labels (Nylas' default size, 100). */
  default Call<List<Label>> list() {
    return list(null, null);
  }

  /** {@code GET /labels/{id}}: one label. */
  @GET("labels/{id}")
  Call<Label> get(@Path("id") String id);

  /** {@code POST /labels}: creates a label. */
  @POST("labels")
  Call<Label> create(@Body LabelInput label);

  /** {@code PUT /labels/{id}}: renames a label. */
  @PUT("labels/{id}")
  Call<Label> update(@Path("id") String id, @Body LabelInput label);

  /** {@code DELETE /labels/{id}}: deletes a label; the answer names the background job doing it. */
  @DELETE("labels/{id}")
  Call<JobStatusRef> delete(@Path("id") String id);
}

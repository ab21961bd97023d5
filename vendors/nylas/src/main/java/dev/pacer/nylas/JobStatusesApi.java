package dev.pacer.nylas;

import dev.pacer.nylas.model.JobStatus;
import java.util.List;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;

/**
 * The account's background jobs ({@code /job-statuses}): changes to messages, calendars, events,
 * folders, labels, contacts and drafts reach the provider in the background, and these say how
 * each went. Get one from {@link NylasAccount#jobStatuses()}. Poll sparingly: each look-up counts
 * under the account's and the application's per-endpoint limits like any other call.
 */
public interface JobStatusesApi {
  /** {@code GET /job-statuses}: the account's jobs. */
  @GET("job-statuses")
  Call<List<JobStatus>> list();

  /** {@code GET /job-statuses/{id}}: one job. */
  @GET("job-statuses/{id}")
  Call<JobStatus> get(@Path("id") String jobStatusId);
}

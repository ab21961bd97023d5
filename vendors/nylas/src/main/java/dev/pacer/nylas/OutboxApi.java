package dev.pacer.nylas;

import dev.pacer.nylas.model.JobStatus;
import dev.pacer.nylas.model.OutboxInput;
import dev.pacer.nylas.model.OutboxMessage;
import dev.pacer.nylas.model.OutboxSchedule;
import java.util.List;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/**
 * The account's outbox ({@code /outbox}): messages scheduled to be sent later. Get one from
 * {@link NylasAccount#outbox()}. Messages are addressed by their outbox job's ID.
 *
 * <p>Putting a message in the outbox is a {@code POST} and is not resent after a network error
 * or a 5xx: the message might go twice.
 */
public interface OutboxApi {
  /** {@code POST /outbox}: schedules a message. */
  @POST("outbox")
  Call<OutboxMessage> schedule(@Body OutboxInput message);

  /** {@code PUT /outbox/{job_status_id}}: changes when a scheduled message is sent. */
  @PUT("outbox/{job_status_id}")
  Call<JobStatus> reschedule(@Path("job_status_id") String jobStatusId, @Body OutboxSchedule schedule);

  /** {@code DELETE /outbox/{job_status_id}}: takes a message out of the outbox; the answer is that message. */
  @DELETE("outbox/{job_status_id}")
  Call<OutboxMessage> cancel(@Path("job_status_id") String jobStatusId);

  /** {@code GET /outbox}: the messages waiting to be sent. */
  @GET("outbox")
  Call<List<OutboxMessage>> list();
}

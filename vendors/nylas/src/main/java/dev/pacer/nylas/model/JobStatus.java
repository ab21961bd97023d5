package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * A background job that carries a change to the provider ({@code GET /job-statuses},
 * {@code GET /job-statuses/{id}}), or an outbox job ({@code PUT /outbox/{job_status_id}}, which
 * also says when the message goes).
 *
 * @param id the ID of the object the job changes
 * @param object the kind of that object: {@code message}, {@code calendar}, {@code folder},
 *     {@code event}, {@code contact}, {@code label} or {@code drafts}
 * @param accountId the account
 * @param jobStatusId the job's ID
 * @param action what the job does, e.g. {@code update_message}, {@code create_event}, {@code outbox}
 * @param status {@code pending}, {@code successful} or {@code failed}
 * @param createdAt when the job was created (Unix seconds on the wire)
 * @param sendAt outbox jobs only: when the message is to be sent (Unix seconds on the wire); else null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record JobStatus(
    String id,
    String object,
    String accountId,
    String jobStatusId,
    String action,
    String status,
    Instant createdAt,
    Instant sendAt) {

  /** True once the job is done, well or not ({@code successful} or {@code failed}). */
  public boolean isFinished() {
    return "successful".equals(status) || "failed".equals(status);
  }
}

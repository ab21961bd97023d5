package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * A slot of time in a {@link FreeBusy} answer.
 *
 * @param object always {@code time_slot}
 * @param status {@code busy}
 * @param startTime when the slot starts (Unix seconds on the wire)
 * @param endTime when the slot ends (Unix seconds on the wire)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TimeSlot(String object, String status, Instant startTime, Instant endTime) {}

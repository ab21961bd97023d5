package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * A slot of time in a {@link FreeBusy} or {@link Availability} answer. The reference's
 * availability example names the ends {@code start} and {@code end}; both spellings are read.
 *
 * @param object always {@code time_slot}
 * @param status {@code busy} (free/busy) or {@code free} (availability)
 * @param startTime when the slot starts (Unix seconds on the wire)
 * @param endTime when the slot ends (Unix seconds on the wire)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TimeSlot(
    String object,
    String status,
    @JsonAlias("start") Instant startTime,
    @JsonAlias("end") Instant endTime) {}

package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.intercom.internal.UnixSeconds;
import java.time.Instant;

/**
 * A segment: a saved filter of contacts (or companies). Read-only.
 *
 * @param type the object type, {@code segment}
 * @param id the segment's id
 * @param name the segment's name
 * @param createdAt when it was created (Unix seconds on the wire)
 * @param updatedAt when it was last updated (Unix seconds on the wire)
 * @param personType {@code contact} (leads) or {@code user}
 * @param count how many contacts it holds; only when asked for with {@code include_count=true}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Segment(
    String type,
    String id,
    String name,
    @UnixSeconds Instant createdAt,
    @UnixSeconds Instant updatedAt,
    String personType,
    Integer count) {}

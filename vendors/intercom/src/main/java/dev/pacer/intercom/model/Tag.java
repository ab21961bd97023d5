package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.intercom.internal.UnixSeconds;
import java.time.Instant;

/**
 * A tag, and, where it is applied to something, when and by whom.
 *
 * @param type the object type, {@code tag}
 * @param id the tag's id
 * @param name the tag's name
 * @param appliedAt when it was applied, or null
 * @param appliedBy who applied it, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Tag(String type, String id, String name, @UnixSeconds Instant appliedAt, Reference appliedBy) {}

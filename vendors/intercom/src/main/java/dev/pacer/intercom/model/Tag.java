package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
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
@JsonIgnoreProperties(ignoreUnknown = true)
public record Tag(
    @JsonProperty("type") String type,
    @JsonProperty("id") String id,
    @JsonProperty("name") String name,
    @JsonProperty("applied_at") @UnixSeconds Instant appliedAt,
    @JsonProperty("applied_by") Reference appliedBy) {}

package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.intercom.internal.UnixSeconds;
import java.time.Instant;

/**
 * The workspace ("app") an access token belongs to, as {@code GET /me} reports it. {@link
 * #region()} tells which {@link dev.pacer.intercom.IntercomRegion host} serves it.
 *
 * @param type the object type, {@code app}
 * @param idCode the workspace's id
 * @param name the workspace's name
 * @param region the data region, e.g. {@code US}, {@code EU} or {@code AU}
 * @param timezone the workspace's time zone, e.g. {@code America/Los_Angeles}
 * @param createdAt when the workspace was created
 * @param secure whether the Messenger is secured
 * @param identityVerification whether identity verification is on
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record App(
    String type,
    String idCode,
    String name,
    String region,
    String timezone,
    @UnixSeconds Instant createdAt,
    Boolean secure,
    Boolean identityVerification) {}

package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A contact's instant-messaging address.
 *
 * @param type the service, e.g. {@code gtalk}, {@code skype}, {@code jabber}
 * @param imAddress the address on that service
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ContactImAddress(String type, String imAddress) {}

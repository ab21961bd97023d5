package dev.pacer.nylas.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A bookable room or resource of the account's organisation ({@code GET /resources}; Google and
 * Microsoft accounts). Invite it to an event by its address.
 *
 * @param object always {@code room_resource}
 * @param email the resource's address
 * @param name the resource's name
 * @param capacity the capacity the organisation's admin set, as text, or null
 * @param building the building's identifier, or null
 * @param floorName the floor's name (Microsoft: its label), or null
 * @param floorNumber the floor's number (Microsoft only), or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RoomResource(
    String object,
    String email,
    String name,
    String capacity,
    String building,
    String floorName,
    String floorNumber) {}

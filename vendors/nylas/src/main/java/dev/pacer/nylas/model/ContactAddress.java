package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A contact's postal address.
 *
 * @param format {@code structured} (the provider-independent form), may be null
 * @param type {@code work}, {@code home} or {@code other}
 * @param streetAddress street and number
 * @param city the city
 * @param postalCode the postal code
 * @param state the state or region
 * @param country the country
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ContactAddress(
    String format,
    String type,
    String streetAddress,
    String city,
    String postalCode,
    String state,
    String country) {}

package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

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
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactAddress(
    @JsonProperty("format") String format,
    @JsonProperty("type") String type,
    @JsonProperty("street_address") String streetAddress,
    @JsonProperty("city") String city,
    @JsonProperty("postal_code") String postalCode,
    @JsonProperty("state") String state,
    @JsonProperty("country") String country) {}

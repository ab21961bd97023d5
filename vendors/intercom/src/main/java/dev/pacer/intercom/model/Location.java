package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a contact was last seen; every part may be null.
 *
 * @param type the object type, {@code location}
 * @param country the country's name
 * @param region the region
 * @param city the city
 * @param countryCode the ISO country code
 * @param continentCode the continent code
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Location(
    @JsonProperty("type") String type,
    @JsonProperty("country") String country,
    @JsonProperty("region") String region,
    @JsonProperty("city") String city,
    @JsonProperty("country_code") String countryCode,
    @JsonProperty("continent_code") String continentCode) {}

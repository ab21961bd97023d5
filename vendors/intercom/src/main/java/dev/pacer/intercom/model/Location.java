package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

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
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Location(
    String type,
    String country,
    String region,
    String city,
    String countryCode,
    String continentCode) {}

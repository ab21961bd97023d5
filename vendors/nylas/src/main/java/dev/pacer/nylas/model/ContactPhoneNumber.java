package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A contact's phone number.
 *
 * @param type {@code business}, {@code home}, {@code mobile}, {@code page}, {@code business_fax},
 *     {@code home_fax}, {@code organization_main}, {@code assistant}, {@code radio} or {@code other}
 * @param number the number as the provider stores it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactPhoneNumber(String type, String number) {}

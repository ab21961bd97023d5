package dev.pacer.nylas.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A contact's web page.
 *
 * @param type {@code profile}, {@code blog}, {@code homepage} or {@code work}
 * @param url the address
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactWebPage(String type, String url) {}

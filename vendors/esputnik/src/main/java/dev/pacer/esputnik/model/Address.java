package dev.pacer.esputnik.model;

/**
 * A contact's postal address.
 *
 * @param region the region
 * @param town the city
 * @param address the street address
 * @param postcode the postal or ZIP code
 */
public record Address(String region, String town, String address, String postcode) {}

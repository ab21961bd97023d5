package dev.pacer.intercom.model;


/**
 * The plan a company is on; Intercom sends {@code {}} when it has none, so every part may be null.
 *
 * @param type the object type, {@code plan}
 * @param id the plan's id
 * @param name the plan's name
 */
public record Plan(String type, String id, String name) {}

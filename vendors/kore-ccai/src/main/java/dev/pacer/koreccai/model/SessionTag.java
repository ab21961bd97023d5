package dev.pacer.koreccai.model;

/**
 * A user- or session-level tag on an interaction.
 *
 * @param name the tag's name
 * @param value its value
 */
public record SessionTag(String name, String value) {}

package dev.pacer.nylas.model;


/**
 * The answer of a collection asked for {@code view=count}.
 *
 * @param count how many objects match the filter
 */
public record Count(long count) {}

package dev.pacer.nylas.model;


/**
 * The answer of {@code POST /delta/latest_cursor}: where the transaction log ends now.
 *
 * @param cursor start reading deltas here to see only changes made from now on
 */
public record LatestCursor(String cursor) {}

package dev.pacer.contextio.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Whether a message has been read, as {@code GET .../read} answers. Context.IO's documents do
 * not show this answer's shape; {@code read} and {@code seen} are both understood.
 *
 * @param read true when the message has the {@code \Seen} flag, null when the answer did not say
 * @param resourceUrl the URL of this resource, when sent
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ReadState(@JsonAlias("seen") Boolean read, String resourceUrl) {}

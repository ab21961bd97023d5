package dev.pacer.contextio.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One body part of a message.
 *
 * @param type the MIME type, e.g. {@code text/plain} or {@code text/html}
 * @param charset the character set
 * @param content the decoded content
 * @param bodySection the IMAP body section
 * @param size the size in bytes, when sent
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MessageBody(String type, String charset, String content, String bodySection, Long size) {}

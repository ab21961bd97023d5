package dev.pacer.contextio.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A file attached to a message.
 *
 * @param attachmentId the attachment's ID within the message, the {@code {attachment}} of its content path
 * @param fileName the file name
 * @param type the MIME type
 * @param size the size in bytes
 * @param contentDisposition {@code attachment} or {@code inline}
 * @param contentId the {@code Content-ID}, for inline parts
 * @param bodySection the IMAP body section
 * @param resourceUrl the URL of this resource
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Attachment(String attachmentId, String fileName, String type, Long size, String contentDisposition,
    String contentId, String bodySection, String resourceUrl) {}

package dev.pacer.contextio.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An IMAP mailbox Context.IO reads for a user.
 *
 * @param label the account's label, the {@code {label}} of its paths ({@code 0} names a user's first account)
 * @param server the IMAP server's DNS name or IP, e.g. {@code imap.gmail.com}
 * @param username the IMAP user name
 * @param port the IMAP port
 * @param useSsl whether connections use SSL
 * @param type the account type; only {@code IMAP} exists
 * @param authenticationType {@code password} or {@code oauth}
 * @param status the connection status: {@code OK}, {@code CONNECTION_IMPOSSIBLE},
 *     {@code INVALID_CREDENTIALS}, {@code TEMP_DISABLED} or {@code DISABLED}
 * @param serviceLevel the service level
 * @param syncPeriod the sync period
 * @param resourceUrl the URL of this resource
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EmailAccount(String label, String server, String username, Integer port, Boolean useSsl, String type,
    String authenticationType, String status, String serviceLevel, String syncPeriod, String resourceUrl) {}

package dev.pacer.contextio.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A webhook: Context.IO posts to {@code callbackUrl} when a matching message arrives. User
 * webhooks watch one user's accounts; application webhooks watch every user's. Deliveries count
 * against no rate limit.
 *
 * @param webhookId the webhook's ID
 * @param callbackUrl where notifications are posted
 * @param failureNotifUrl where failures are posted
 * @param active whether it is active
 * @param failure whether it has been failing
 * @param filterTo filter: recipient address
 * @param filterFrom filter: sender address
 * @param filterCc filter: copied address
 * @param filterSubject filter: subject (a regular expression when enclosed in slashes)
 * @param filterThread filter: thread
 * @param filterFileName filter: attachment file name
 * @param filterFolderAdded filter: folder a message was added to
 * @param filterFolderRemoved filter: folder a message was removed from
 * @param filterToDomain filter: recipient domain
 * @param filterFromDomain filter: sender domain
 * @param includeBody whether notifications carry the body
 * @param bodyType the body MIME type notifications carry
 * @param includeHeader whether notifications carry the headers
 * @param receiveDrafts whether drafts trigger it
 * @param receiveAllChanges whether every change triggers it, not only new messages
 * @param developerId the developer, for application webhooks
 * @param version the webhook version, for application webhooks
 * @param resourceUrl the URL of this resource
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Webhook(String webhookId, String callbackUrl, String failureNotifUrl, Boolean active, Boolean failure,
    String filterTo, String filterFrom, String filterCc, String filterSubject, String filterThread,
    String filterFileName, String filterFolderAdded, String filterFolderRemoved, String filterToDomain,
    String filterFromDomain, Boolean includeBody, String bodyType, Boolean includeHeader, Boolean receiveDrafts,
    Boolean receiveAllChanges, @JsonAlias("developerId") String developerId, String version, String resourceUrl) {}

package dev.pacer.esputnik.model;

/**
 * One activity of a contact on a message ({@code GET /api/v2/contacts/activity}): a delivery, a
 * read, a click, an unsubscribe. Pass the last one's {@link #offset()} as the next request's
 * {@code offset} to continue.
 *
 * @param iid the ID of the sent message
 * @param externalRequestId the external request ID it was sent with
 * @param contactId the contact ID
 * @param externalCustomerId the contact's ID in your system
 * @param email the contact's email address
 * @param webPushToken the web push token
 * @param mobPushToken the mobile push token
 * @param sms the contact's phone number
 * @param mediaType the channel
 * @param activityStatus what happened
 * @param messageId the message ID
 * @param messageInstanceId the message instance ID
 * @param messageName the message's name
 * @param messageTag the message's tag
 * @param activityDateTime when it happened (text as eSputnik sends it)
 * @param statusDescription why, for {@code UNDELIVERED}
 * @param viewMessageLink a link to view the message
 * @param clickEventLink the link clicked, for {@code CLICKED}
 * @param statusData extra data; for {@code SUBSCRIPTION_CHANGED}, the new subscriptions
 * @param offset the position to continue after this activity
 * @param messageLanguageCode the language version sent
 * @param sourceEventKey the key of the event that caused the message
 * @param sourceEventTypeKey the type key of that event
 * @param workflowBlockId the workflow block that sent it
 * @param workflowId the workflow that sent it
 * @param workflowInstanceId the workflow instance that sent it
 * @param broadcastId the broadcast that sent it
 * @param from the sender
 */
public record ContactActivity(String iid, String externalRequestId, Long contactId, String externalCustomerId,
    String email, String webPushToken, String mobPushToken, String sms, ChannelType mediaType,
    ActivityStatus activityStatus, Integer messageId, Integer messageInstanceId, String messageName,
    String messageTag, String activityDateTime, String statusDescription, String viewMessageLink,
    String clickEventLink, StatusData statusData, String offset, String messageLanguageCode, String sourceEventKey,
    String sourceEventTypeKey, String workflowBlockId, Integer workflowId, String workflowInstanceId,
    Integer broadcastId, String from) {

  /**
   * Extra data of an activity.
   *
   * @param subscription the contact's subscriptions after a {@code SUBSCRIPTION_CHANGED}
   */
  public record StatusData(ContactSubscriptions subscription) {}
}

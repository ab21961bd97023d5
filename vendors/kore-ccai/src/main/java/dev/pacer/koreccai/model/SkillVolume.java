package dev.pacer.koreccai.model;

/**
 * One skill's figures within a contact-volume interval (sent when {@code includeSkillBreakdown}
 * is true). Durations are in milliseconds, as Kore's page says for the breakdown.
 *
 * @param skillId the skill ID
 * @param skillName the skill's name
 * @param skillGroupId the skill group ID
 * @param skillGroupName the skill group's name
 * @param offeredContacts contacts offered
 * @param answeredContacts contacts answered
 * @param abandonedContacts contacts abandoned
 * @param completedContacts contacts completed
 * @param conversationHandleTime total handle time
 * @param conversationTalkTime total talk time
 * @param acwDuration total after-contact work
 * @param holdDuration total hold time
 * @param queueHoldTimeAnswered total queue wait of answered contacts
 * @param maxQueueHoldTimeAnswered longest queue wait of an answered contact
 * @param queueHoldTimeAbandoned total queue wait of abandoned contacts
 * @param maxqueueHoldTimeAbandoned longest queue wait of an abandoned contact
 * @param csatResponses CSAT responses received
 * @param csatScore the average CSAT score
 */
public record SkillVolume(String skillId, String skillName, String skillGroupId, String skillGroupName,
    Integer offeredContacts, Integer answeredContacts, Integer abandonedContacts, Integer completedContacts,
    Long conversationHandleTime, Long conversationTalkTime, Long acwDuration, Long holdDuration,
    Long queueHoldTimeAnswered, Long maxQueueHoldTimeAnswered, Long queueHoldTimeAbandoned,
    Long maxqueueHoldTimeAbandoned, Integer csatResponses, Double csatScore) {}

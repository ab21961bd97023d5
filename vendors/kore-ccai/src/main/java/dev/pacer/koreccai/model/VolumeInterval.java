package dev.pacer.koreccai.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.pacer.vendor.support.Copies;
import java.time.Instant;
import java.util.List;

/**
 * One queue's figures for one interval, from the WFM "Contact Volume API". Kore's page gives the
 * queue-level durations in seconds and the skill-level ones in milliseconds; they are kept as sent.
 *
 * @param id the ID of the entry (sent as {@code _id})
 * @param intervalStartTimeStamp when the interval starts
 * @param intervalEndTimeStamp when it ends
 * @param orgId the organization ID
 * @param iId the app (stream) ID
 * @param queueId the queue ID
 * @param queueName the queue's name
 * @param source the source of the data, e.g. {@code rtm}
 * @param offeredContacts contacts offered to the queue
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
 * @param messageCount messages exchanged
 * @param savedMessageCount messages saved
 * @param csatResponses CSAT responses received
 * @param csatScore the CSAT score
 * @param skillBreakdown per-skill figures, when asked for
 */
public record VolumeInterval(@JsonAlias("_id") String id, Instant intervalStartTimeStamp,
    Instant intervalEndTimeStamp, String orgId, String iId, String queueId, String queueName, String source,
    Integer offeredContacts, Integer answeredContacts, Integer abandonedContacts, Integer completedContacts,
    Long conversationHandleTime, Long conversationTalkTime, Long acwDuration, Long holdDuration,
    Long queueHoldTimeAnswered, Long maxQueueHoldTimeAnswered, Long queueHoldTimeAbandoned,
    Long maxqueueHoldTimeAbandoned, Integer messageCount, Integer savedMessageCount, Integer csatResponses,
    Double csatScore, List<SkillVolume> skillBreakdown) {
  /** Copies the list, so an interval is immutable. */
  public VolumeInterval {
    skillBreakdown = Copies.listOrNull(skillBreakdown);
  }
}

package dev.pacer.koreccai.model;

/**
 * How a campaign dials or texts. SMS campaigns use only the caller ID and calling hours; voice
 * campaigns also the dialing order and attempt limits. Null components are left out.
 *
 * @param callerId the number to call or text from
 * @param callingHours when to call or text
 * @param dialingOrder {@code FIFO} or {@code LIFO} (voice)
 * @param maxAttemptsPerRecord attempts per contact, 1 to 100 (voice)
 * @param defaultRetryPeriod minutes between attempts, 1 to 1440 (voice)
 * @param maxRingTime seconds to ring before hanging up, 5 to 120 (voice)
 * @param useSystemMappings whether system mappings apply, as Kore answers it
 */
public record DialingStrategy(CallerId callerId, CallingHours callingHours, String dialingOrder,
    Integer maxAttemptsPerRecord, Integer defaultRetryPeriod, Integer maxRingTime, Boolean useSystemMappings) {
  /** The strategy of an SMS campaign: texts from {@code phoneNumber} within {@code hours}. */
  public static DialingStrategy sms(String phoneNumber, CallingHours hours) {
    return new DialingStrategy(new CallerId(phoneNumber), hours, null, null, null, null, null);
  }

  /**
   * The strategy of a voice campaign: calls from {@code phoneNumber} within {@code hours}, in
   * {@code dialingOrder}, with the given attempts, minutes between them and seconds of ringing.
   */
  public static DialingStrategy voice(String phoneNumber, CallingHours hours, String dialingOrder,
      int maxAttemptsPerRecord, int defaultRetryPeriod, int maxRingTime) {
    return new DialingStrategy(new CallerId(phoneNumber), hours, dialingOrder, maxAttemptsPerRecord,
        defaultRetryPeriod, maxRingTime, null);
  }
}

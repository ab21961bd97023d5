package dev.pacer.koreccai.model;

import java.util.Objects;

/**
 * The body of "Send Outbound SMS": Kore runs the experience flow attached to {@code fromNo},
 * which texts {@code toNo}.
 *
 * @param fromNo the sender, E.164, attached to an experience flow
 * @param toNo the recipient, E.164
 */
public record OutboundSms(String fromNo, String toNo) {
  /** Requires both numbers. */
  public OutboundSms {
    Objects.requireNonNull(fromNo, "fromNo == null");
    Objects.requireNonNull(toNo, "toNo == null");
  }
}

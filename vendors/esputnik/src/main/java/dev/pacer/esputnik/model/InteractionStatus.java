package dev.pacer.esputnik.model;

/** What happened to a mobile push message on the device. */
public enum InteractionStatus {
  /** The message reached the device. */
  DELIVERED,
  /** The user opened it. */
  OPENED,
  /** The user clicked it. */
  CLICKED
}

package dev.pacer.koreccai.model;

/**
 * A duration as Kore's queue settings write it: minutes and seconds.
 *
 * @param min minutes
 * @param sec seconds
 */
public record MinSec(Integer min, Integer sec) {
  /** {@code min} minutes and {@code sec} seconds. */
  public static MinSec of(int min, int sec) {
    if (min < 0 || sec < 0 || sec > 59) throw new IllegalArgumentException("not a duration: " + min + "m " + sec + "s");
    return new MinSec(min, sec);
  }
}

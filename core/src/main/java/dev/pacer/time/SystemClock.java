package dev.pacer.time;

/** The process clock. The only place in Pacer that reads system time. */
enum SystemClock implements PacerClock {
  INSTANCE;

  @Override
  public long nanoTime() {
    return System.nanoTime();
  }

  @Override
  public long wallMillis() {
    return System.currentTimeMillis();
  }

  @Override
  public String toString() {
    return "PacerClock.system()";
  }
}

package dev.pacer.samples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Shows a progress frame while a job runs: on a terminal, redrawn in place a few times a second;
 * elsewhere (a pipe, a CI log), a short line once a second, so logs stay readable. Close it to
 * stop; the last frame is then drawn in full either way.
 */
final class LiveView implements AutoCloseable {
  /** One frame: a summary line, and detail lines a terminal shows under it. */
  record Frame(String summary, List<String> details) {}

  private final PrintWriter out;
  private final boolean redraw;
  private final Supplier<Frame> frames;
  private final ScheduledExecutorService timer;
  private int linesOnScreen;

  LiveView(PrintWriter out, boolean redraw, Supplier<Frame> frames) {
    this.out = out;
    this.redraw = redraw;
    this.frames = frames;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "pacer-progress");
      t.setDaemon(true);
      return t;
    });
    long periodMillis = redraw ? 250 : 1000;
    timer.scheduleAtFixedRate(this::tick, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
  }

  private synchronized void tick() {
    try {
      Frame frame = frames.get();
      if (redraw) {
        draw(frame);
      } else {
        out.println("  " + frame.summary());
        out.flush();
      }
    } catch (RuntimeException e) {
      // A frame that cannot be drawn is skipped; the job goes on.
    }
  }

  private void draw(Frame frame) {
    StringBuilder text = new StringBuilder();
    if (linesOnScreen > 0) text.append("\033[").append(linesOnScreen).append("F\033[J");
    text.append("  ").append(frame.summary()).append('\n');
    for (String line : frame.details()) text.append("  ").append(line).append('\n');
    out.print(text);
    out.flush();
    linesOnScreen = 1 + frame.details().size();
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (this) {
      Frame last = frames.get();
      if (redraw) {
        draw(last);
      } else {
        out.println("  " + last.summary());
        for (String line : last.details()) out.println("  " + line);
        out.flush();
      }
    }
  }
}

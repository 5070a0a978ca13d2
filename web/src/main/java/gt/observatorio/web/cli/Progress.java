package gt.observatorio.web.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Option;

/**
 * Progress bars on standard error (counts, rate and time left), shown when standard error is a
 * terminal or when asked for; standard output stays clean for JSON.
 */
final class Progress {
  @Option(names = "--progress", negatable = true, defaultValue = "${env:OBSERVATORY_PROGRESS}",
      description = "Barra de progreso en la salida de errores (por defecto si es una terminal) / "
          + "Progress bar on standard error (default when it is a terminal)")
  Boolean enabled;

  boolean shown() {
    return enabled != null ? enabled : System.console() != null;
  }

  /** A bar with a known total, or an open-ended counter when {@code total} is negative. */
  AutoCloseableBar bar(String task, long total, String unit) {
    if (!shown()) {
      return AutoCloseableBar.NONE;
    }
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total)
        .setUnit(" " + unit, 1)
        .setStyle(ProgressBarStyle.ASCII)
        .showSpeed()
        .setUpdateIntervalMillis(250)
        .setMaxRenderedLength(110)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .build();
    return new AutoCloseableBar(bar);
  }

  /** A progress bar that may be absent. */
  static final class AutoCloseableBar implements AutoCloseable {
    static final AutoCloseableBar NONE = new AutoCloseableBar(null);
    private final ProgressBar bar;
    private volatile boolean closed;

    AutoCloseableBar(ProgressBar bar) {
      this.bar = bar;
    }

    void step() {
      if (bar != null) {
        bar.step();
      }
    }

    /** Moves the bar to {@code n} every quarter second, from a daemon thread, until closed. */
    void follow(java.util.function.LongSupplier n) {
      if (bar == null) {
        return;
      }
      Thread t = new Thread(() -> {
        while (!closed) {
          bar.stepTo(n.getAsLong());
          try {
            Thread.sleep(250);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "progress");
      t.setDaemon(true);
      t.start();
    }

    void to(long n) {
      if (bar != null) {
        bar.stepTo(n);
      }
    }

    void extra(String message) {
      if (bar != null) {
        bar.setExtraMessage(" " + message);
      }
    }

    @Override
    public void close() {
      closed = true;
      if (bar != null) {
        bar.close();
      }
    }
  }
}

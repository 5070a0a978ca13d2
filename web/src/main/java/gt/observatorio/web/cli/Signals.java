package gt.observatorio.web.cli;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;

/**
 * Ctrl-C and SIGTERM for long-running commands: the first signal stops in order (the observatory's
 * close: crawls get their grace period, runs are recorded, then the database stops) and exits; if
 * that takes longer than {@code bound} the process exits anyway; a second signal exits at once.
 */
final class Signals {
  private Signals() {}

  static void stopOn(Runnable stop, Duration bound) {
    AtomicBoolean stopping = new AtomicBoolean();
    sun.misc.SignalHandler handler = sig -> {
      if (!stopping.compareAndSet(false, true)) {
        System.err.println("Segunda señal: salida inmediata / Second signal: exiting now");
        Runtime.getRuntime().halt(128 + sig.getNumber());
      }
      System.err.printf("Deteniendo (hasta %d s; otra señal sale ya) / Stopping (up to %d s; another signal exits now)%n",
          bound.toSeconds(), bound.toSeconds());
      Thread watchdog = new Thread(() -> {
        try {
          Thread.sleep(bound.toMillis());
        } catch (InterruptedException e) {
          return;
        }
        System.err.println("La detención tardó demasiado: salida / Stopping took too long: exiting");
        Runtime.getRuntime().halt(1);
      }, "observatorio-shutdown-watchdog");
      watchdog.setDaemon(true);
      watchdog.start();
      new Thread(() -> {
        stop.run();
        System.exit(0);
      }, "observatorio-shutdown").start();
    };
    Signal.handle(new Signal("INT"), handler);
    Signal.handle(new Signal("TERM"), handler);
  }
}

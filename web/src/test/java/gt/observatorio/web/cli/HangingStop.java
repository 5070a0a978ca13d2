package gt.observatorio.web.cli;

import java.time.Duration;

/**
 * A process whose stop never finishes, for {@link SignalsTest}: installs {@link Signals#stopOn} with a
 * stop that hangs and the bound given in seconds as the first argument, says "ready", and waits.
 */
public final class HangingStop {
  private HangingStop() {}

  public static void main(String[] args) throws InterruptedException {
    Signals.stopOn(() -> {
      System.out.println("stop started");
      System.out.flush();
      try {
        Thread.sleep(Long.MAX_VALUE);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, Duration.ofSeconds(Long.parseLong(args[0])));
    System.out.println("ready");
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}

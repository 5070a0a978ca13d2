package gt.observatorio.rules.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {
  private final AtomicInteger calls = new AtomicInteger();

  private String length(String s) {
    calls.incrementAndGet();
    return String.valueOf(s.length());
  }

  @Test
  void aRepeatedShortKeyIsComputedOnce() {
    Memo<String, String> memo = new Memo<>(10);
    assertThat(memo.get("csv", this::length)).isEqualTo("3");
    assertThat(memo.get("csv", this::length)).isEqualTo("3");
    assertThat(calls).hasValue(1);
  }

  @Test
  void aKeyLongerThanTheLimitIsComputedEachTimeAndNotRemembered() {
    Memo<String, String> memo = new Memo<>(10);
    String huge = "x".repeat(Memo.MAX_KEY_CHARS + 1);
    assertThat(memo.get(huge, this::length)).isEqualTo(String.valueOf(huge.length()));
    assertThat(memo.get(huge, this::length)).isEqualTo(String.valueOf(huge.length()));
    assertThat(calls).hasValue(2);
  }

  @Test
  void aFullMemoStillAnswersButRemembersNoMore() {
    Memo<String, String> memo = new Memo<>(2);
    for (int i = 0; i < 1_000; i++) {
      assertThat(memo.get("k" + i, this::length)).isEqualTo(String.valueOf(("k" + i).length()));
    }
    calls.set(0);
    memo.get("k0", this::length);
    memo.get("k999", this::length);
    assertThat(calls).hasValue(1);
  }
}

package gt.observatorio.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import gt.observatorio.engine.db.DbConfig;
import gt.observatorio.engine.pipeline.PipelineConfig;
import gt.observatorio.engine.schedule.SchedulerConfig;
import gt.observatorio.engine.store.RetentionConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EngineDefaultsTest {
  static ConfigLoader load(Map<String, String> env) {
    return ConfigLoader.load(List.of("engine-defaults.yaml"), Optional.empty(), env);
  }

  @Test
  void everySectionOfTheDefaultsBindsToItsRecord() {
    ConfigLoader c = load(Map.of());
    DbConfig db = c.bind("db", DbConfig.class);
    SchedulerConfig sched = c.bind("scheduler", SchedulerConfig.class);
    PipelineConfig pipe = c.bind("pipeline", PipelineConfig.class);
    RetentionConfig ret = c.bind("retention", RetentionConfig.class);

    assertThat(db.embedded()).isTrue();
    assertThat(sched.instanceId()).isEqualTo("AUTO");
    assertThat(sched.timeZone()).isEqualTo("America/Guatemala");
    assertThat(pipe.profile()).isEqualTo("observatorio");
    assertThat(pipe.batchSize()).isPositive();
    assertThat(ret.weeks()).isPositive();
  }

  @Test
  void environmentVariablesOverrideTheNewKeys() {
    ConfigLoader c = load(Map.of("OBSERVATORY_SCHEDULER_CLUSTERED", "true",
        "OBSERVATORY_SCHEDULER_INSTANCE_ID", "node-1", "OBSERVATORY_RETENTION_WEEKS", "12",
        "OBSERVATORY_PIPELINE_PROBE_CACHE_SIZE", "10"));
    assertThat(c.bind("scheduler", SchedulerConfig.class).clustered()).isTrue();
    assertThat(c.bind("scheduler", SchedulerConfig.class).instanceId()).isEqualTo("node-1");
    assertThat(c.bind("retention", RetentionConfig.class).weeks()).isEqualTo(12);
    assertThat(c.bind("pipeline", PipelineConfig.class).probeCacheSize()).isEqualTo(10);
  }
}

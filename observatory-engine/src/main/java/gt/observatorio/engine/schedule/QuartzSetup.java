package gt.observatorio.engine.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;

/** Quartz's properties for the observatory: JDBC job store on PostgreSQL, optionally clustered. */
final class QuartzSetup {
  private QuartzSetup() {}

  static Properties properties(SchedulerConfig cfg, String dsName) {
    Properties p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", CrawlScheduler.NAME);
    p.setProperty("org.quartz.scheduler.instanceId", cfg.instanceId());
    p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
    p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
    p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(cfg.threads()));
    p.setProperty("org.quartz.threadPool.threadNamePrefix", "crawl-" + cfg.instanceId());
    p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
    p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
    p.setProperty("org.quartz.jobStore.dataSource", dsName);
    p.setProperty("org.quartz.jobStore.tablePrefix", "qrtz_");
    p.setProperty("org.quartz.jobStore.useProperties", "true");
    p.setProperty("org.quartz.jobStore.isClustered", Boolean.toString(cfg.clustered()));
    p.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(cfg.clusterCheckinSeconds() * 1000L));
    p.setProperty("org.quartz.jobStore.misfireThreshold", Long.toString(cfg.misfireThresholdSeconds() * 1000L));
    p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
    return p;
  }

  /** The application's pool, lent to Quartz; Quartz's shutdown must not close it. */
  record SharedDataSource(DataSource ds) implements ConnectionProvider {
    @Override
    public Connection getConnection() throws SQLException {
      return ds.getConnection();
    }

    @Override
    public void shutdown() {}

    @Override
    public void initialize() {}
  }
}

package dev.slotwise.api.support;

import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Wraps the application's DataSource in a proxy that counts the SQL statements it runs, to show that a request
 * costs a bounded number of them. Not a component: give it to a {@link SeparateApplication} as
 * {@code --spring.main.sources=dev.slotwise.api.support.StatementCounter}, so the shared test context stays as it is.
 */
public final class StatementCounter implements BeanPostProcessor {
  private final AtomicLong statements = new AtomicLong();

  @Override
  public Object postProcessAfterInitialization(Object bean, String name) {
    if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
      return ProxyDataSourceBuilder.create(dataSource)
          .afterQuery((execution, queries) -> statements.addAndGet(queries.size())).build();
    }
    return bean;
  }

  /** How many statements ran while the request did; the request must wait for its response. */
  public long during(Runnable request) {
    long before = statements.get();
    request.run();
    return statements.get() - before;
  }
}

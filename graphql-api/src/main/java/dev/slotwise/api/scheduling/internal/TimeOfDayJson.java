package dev.slotwise.api.scheduling.internal;

import dev.slotwise.scheduling.TimeOfDay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * Writes {@link TimeOfDay} as JSON the way the schema shows it, {@code "09:30"}. Without this the application's
 * {@code JsonMapper} (which the change log uses for its before and after) would see a bean with one property and
 * write {@code {"endOfDay": false}}, losing the time. Spring Boot adds every {@link JacksonModule} bean to it.
 */
@Configuration(proxyBeanMethods = false)
class TimeOfDayJson {

  @Bean
  JacksonModule timeOfDayJsonModule() {
    return new SimpleModule("TimeOfDay").addSerializer(TimeOfDay.class, ToStringSerializer.instance);
  }
}

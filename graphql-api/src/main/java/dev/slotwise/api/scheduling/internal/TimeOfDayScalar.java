package dev.slotwise.api.scheduling.internal;

import dev.slotwise.scheduling.SchedulingInputException;
import dev.slotwise.scheduling.TimeOfDay;
import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The {@code TimeOfDay} scalar: {@code HH:mm} from {@code 00:00} to {@code 24:00}, as scheduling-core reads it. */
@Configuration(proxyBeanMethods = false)
class TimeOfDayScalar {
  static final GraphQLScalarType TIME_OF_DAY = GraphQLScalarType.newScalar().name("TimeOfDay")
      .description("A local time of day to the minute, HH:mm, from 00:00 to 24:00")
      .coercing(new Coercing<TimeOfDay, String>() {
        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
          if (value instanceof TimeOfDay time) {
            return time.toString();
          }
          throw new CoercingSerializeException("Not a TimeOfDay: " + value.getClass().getSimpleName());
        }

        @Override
        public TimeOfDay parseValue(Object input, GraphQLContext context, Locale locale) {
          try {
            return TimeOfDay.parse(String.valueOf(input));
          } catch (SchedulingInputException invalid) {
            throw new CoercingParseValueException("TimeOfDay " + invalid.rule() + ", was '" + invalid.value() + "'");
          }
        }

        @Override
        public TimeOfDay parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
            Locale locale) {
          if (!(input instanceof StringValue text)) {
            throw new CoercingParseLiteralException("TimeOfDay must be a string such as \"09:30\"");
          }
          try {
            return TimeOfDay.parse(text.getValue());
          } catch (SchedulingInputException invalid) {
            throw new CoercingParseLiteralException("TimeOfDay " + invalid.rule() + ", was '" + invalid.value()
                + "'");
          }
        }
      }).build();

  @Bean
  RuntimeWiringConfigurer timeOfDayWiring() {
    return wiring -> wiring.scalar(TIME_OF_DAY);
  }
}

package dev.slotwise.api.platform.graphql;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Refuses an operation with more aliased fields than allowed. Aliases let one request repeat a field, such as
 * a mutation that checks a one-time code, many times over; depth and complexity limits do not stop that.
 */
final class AliasLimitInstrumentation extends SimplePerformantInstrumentation {
  private final int maxAliases;

  AliasLimitInstrumentation(int maxAliases) {
    this.maxAliases = maxAliases;
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    ExecutionContext context = parameters.getExecutionContext();
    int aliases = new Counter(context.getFragmentsByName())
        .count(context.getOperationDefinition().getSelectionSet());
    if (aliases > maxAliases) {
      throw new AbortExecutionException("The request has more than " + maxAliases + " aliased fields");
    }
    return SimpleInstrumentationContext.noOp();
  }

  /** Counts aliases once per fragment, so a fragment spread many times costs no more than one spread. */
  private final class Counter {
    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Integer> perFragment = new HashMap<>();

    Counter(Map<String, FragmentDefinition> fragments) {
      this.fragments = fragments;
    }

    int count(SelectionSet selections) {
      if (selections == null) {
        return 0;
      }
      int total = 0;
      for (Selection<?> selection : selections.getSelections()) {
        // Past the limit the exact number no longer matters; stopping keeps the sum from growing without bound.
        if (total > maxAliases) {
          return total;
        }
        if (selection instanceof Field field) {
          total += (field.getAlias() != null ? 1 : 0) + count(field.getSelectionSet());
        } else if (selection instanceof InlineFragment inline) {
          total += count(inline.getSelectionSet());
        } else if (selection instanceof FragmentSpread spread) {
          total += ofFragment(spread.getName());
        }
      }
      return total;
    }

    // Validation has already refused fragment cycles, so this recursion ends.
    private int ofFragment(String name) {
      Integer known = perFragment.get(name);
      if (known != null) {
        return known;
      }
      FragmentDefinition definition = fragments.get(name);
      int aliases = definition == null ? 0 : count(definition.getSelectionSet());
      perFragment.put(name, aliases);
      return aliases;
    }
  }
}

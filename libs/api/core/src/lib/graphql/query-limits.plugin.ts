import { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  GraphQLError,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  visit,
} from 'graphql';
import { getComplexity, simpleEstimator } from 'graphql-query-complexity';

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Map<string, SelectionSetNode>,
  seen = new Set<string>(),
): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, seen));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else if (!seen.has(selection.name.value)) {
      const fragment = fragments.get(selection.name.value);
      deepest = Math.max(
        deepest,
        depthOf(fragment, fragments, new Set([...seen, selection.name.value])),
      );
    }
  }
  return deepest;
}

interface Cost {
  depth: number;
  complexity: number;
}

/** @skip and @include make the cost depend on the variables: such documents are not kept. */
function hasConditions(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Directive(node) {
      if (node.name.value === 'skip' || node.name.value === 'include') found = true;
    },
  });
  return found;
}

/** Rejects operations nested deeper, or costing more, than the configured limits. */
export function queryLimitsPlugin(maxDepth: number, maxComplexity: number): ApolloServerPlugin {
  let schema: GraphQLSchema | undefined;
  // Apollo hands out one parsed document per distinct query text, so its cost is worked out
  // once, not on every request (performance.md: keep operations static so caches hit).
  const costs = new WeakMap<DocumentNode, Map<string, Cost> | null>();

  const costOf = (
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
  ): Cost => {
    const fragments = new Map<string, SelectionSetNode>();
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        fragments.set(definition.name.value, definition.selectionSet);
    }
    return {
      depth: depthOf(operation.selectionSet, fragments),
      complexity: getComplexity({
        schema: schema as GraphQLSchema,
        operationName: operation.name?.value,
        query: document,
        variables,
        estimators: [simpleEstimator({ defaultComplexity: 1 })],
      }),
    };
  };

  const keptCostOf = (
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown>,
  ): Cost => {
    let byOperation = costs.get(document);
    if (byOperation === undefined) {
      byOperation = hasConditions(document) ? null : new Map();
      costs.set(document, byOperation);
    }
    if (byOperation === null) return costOf(document, operation, variables);
    const key = operation.name?.value ?? '';
    let cost = byOperation.get(key);
    if (!cost) {
      cost = costOf(document, operation, variables);
      byOperation.set(key, cost);
    }
    return cost;
  };

  return {
    async serverWillStart(service) {
      schema = service.schema;
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          const { depth, complexity } = keptCostOf(
            document,
            operation as OperationDefinitionNode,
            request.variables ?? {},
          );
          if (depth > maxDepth) {
            throw new GraphQLError(
              `Query is nested ${depth} levels deep; the limit is ${maxDepth}.`,
              {
                extensions: { code: 'QUERY_TOO_DEEP' },
              },
            );
          }
          if (complexity > maxComplexity) {
            throw new GraphQLError(
              `Query complexity ${complexity} exceeds the limit of ${maxComplexity}.`,
              {
                extensions: { code: 'QUERY_TOO_COMPLEX' },
              },
            );
          }
        },
      };
    },
  };
}

import { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
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

/** Rejects operations nested deeper, or costing more, than the configured limits. */
export function queryLimitsPlugin(maxDepth: number, maxComplexity: number): ApolloServerPlugin {
  let schema: GraphQLSchema | undefined;
  return {
    async serverWillStart(service) {
      schema = service.schema;
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          const fragments = new Map<string, SelectionSetNode>();
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION)
              fragments.set(definition.name.value, definition.selectionSet);
          }
          const depth = depthOf((operation as OperationDefinitionNode).selectionSet, fragments);
          if (depth > maxDepth) {
            throw new GraphQLError(
              `Query is nested ${depth} levels deep; the limit is ${maxDepth}.`,
              {
                extensions: { code: 'QUERY_TOO_DEEP' },
              },
            );
          }
          const complexity = getComplexity({
            schema: schema as GraphQLSchema,
            operationName: request.operationName ?? undefined,
            query: document,
            variables: request.variables ?? {},
            estimators: [simpleEstimator({ defaultComplexity: 1 })],
          });
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

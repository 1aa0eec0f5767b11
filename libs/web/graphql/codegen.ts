import type { CodegenConfig } from '@graphql-codegen/cli';
import { format, resolveConfig } from 'prettier';

/**
 * Formats the output before it is written, so regenerating an unchanged schema leaves the file
 * byte for byte the same (the drift check) — .prettierignore keeps `npm run format` away from it.
 */
async function prettify(path: string, content: string): Promise<string> {
  const options = await resolveConfig(path);
  return format(content, { ...options, filepath: path });
}

/**
 * typescript-react-apollo 5 still types the skipToken overload of each useXSuspenseQuery as
 * Apollo Client 3 did (`TData | undefined`), which Apollo Client 4's result type rejects; give it
 * the result Apollo Client 4 returns for `SkipToken | options` instead.
 */
function fitApolloClient4(_path: string, content: string): string {
  return requireSuspenseVariables(content).replace(
    /ApolloReactHooks\.UseSuspenseQueryResult<(\w+) \| undefined, (\w+)>/g,
    "ApolloReactHooks.useSuspenseQuery.Result<$1, $2, 'empty' | 'complete' | 'streaming'>",
  );
}

/**
 * The plugin makes the options of useXQuery required when the query has required variables, but
 * leaves them optional on useXSuspenseQuery, so the spread options may lack the variables that
 * Apollo Client 4 insists on. Make them required there too (skipToken still works).
 */
function requireSuspenseVariables(content: string): string {
  const required = new Set(
    Array.from(
      content.matchAll(
        /export function use(\w+)Query\(baseOptions: ApolloReactHooks\.QueryHookOptions</g,
      ),
      (match) => match[1],
    ),
  );
  return content.replace(
    /(export function use(\w+)SuspenseQuery\(baseOptions)\?(: ApolloReactHooks\.(?:SkipToken|SuspenseQueryHookOptions))/g,
    (whole, head: string, name: string, tail: string) =>
      required.has(name) ? `${head}${tail}` : whole,
  );
}

// Paths are relative to the repository root: run it through `npm run codegen`.
export const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/schema.gql',
  documents: ['libs/web/**/src/**/*.graphql', 'apps/web/src/**/*.graphql'],
  generates: {
    'libs/web/graphql/src/generated/graphql.ts': {
      // typescript-operations 6 emits the enums and input types the operations use by itself;
      // adding the `typescript` plugin as well would declare those input types twice.
      plugins: ['typescript-operations', 'typescript-react-apollo'],
      config: {
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTime: 'string', ID: 'string', JSONObject: 'Record<string, unknown>' },
        // Apollo Client 4 moved the hooks and their option types to @apollo/client/react.
        apolloReactCommonImportFrom: '@apollo/client/react',
        apolloReactHooksImportFrom: '@apollo/client/react',
        gqlImport: '@apollo/client#gql',
        withHooks: true,
        withHOC: false,
        withComponent: false,
        // Apollo Client 4 no longer exports MutationFunction, BaseMutationOptions or the
        // XResult types these would reference; XHookResult covers what callers need.
        withMutationFn: false,
        withMutationOptionsType: false,
        withResultType: false,
        addDocBlocks: false,
      },
    },
  },
  hooks: { beforeOneFileWrite: [fitApolloClient4, prettify] },
};

export default config;

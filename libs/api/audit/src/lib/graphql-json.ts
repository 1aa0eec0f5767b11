import { GraphQLError, GraphQLScalarType } from 'graphql';

/** A JSON object, for free-form audit details. Output only. */
export const GraphQLJSONObject = new GraphQLScalarType({
  name: 'JSONObject',
  description: 'A JSON object.',
  serialize: (value) => value,
  parseValue: () => {
    throw new GraphQLError('JSONObject is output only');
  },
});

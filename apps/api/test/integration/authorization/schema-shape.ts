import { TestApp } from '@pathways/api-testing';

interface TypeRef {
  name: string | null;
  ofType: TypeRef | null;
}
export interface SchemaField {
  name: string;
  args: { name: string; type: TypeRef }[];
  type: TypeRef;
}
export interface SchemaType {
  kind: string;
  name: string;
  fields: SchemaField[] | null;
  inputFields: { name: string; type: TypeRef }[] | null;
}

const TYPE_REF = 'name ofType { name ofType { name ofType { name } } }';
const INTROSPECTION = `{
  __schema {
    queryType { name }
    mutationType { name }
    types {
      kind name
      fields { name type { ${TYPE_REF} } args { name type { ${TYPE_REF} } } }
      inputFields { name type { ${TYPE_REF} } }
    }
  }
}`;

/** A field that says who someone is, or points at a person by id. */
const PERSON_KEY = /^(personId|staffNumber|email|givenName|familyName)$|PersonIds?$/;

export const namedType = (type: TypeRef): string =>
  type.ofType ? namedType(type.ofType) : (type.name ?? '');

/** The schema as the running API reports it, with questions the authorisation tests ask. */
export class SchemaShape {
  private readonly byName: Map<string, SchemaType>;

  constructor(
    readonly types: SchemaType[],
    readonly rootTypeNames: string[],
  ) {
    this.byName = new Map(types.map((type) => [type.name, type]));
  }

  static async load(testApp: TestApp): Promise<SchemaShape> {
    const response = await testApp.graphql<{
      __schema: {
        queryType: { name: string };
        mutationType: { name: string };
        types: SchemaType[];
      };
    }>(INTROSPECTION);
    const schema = response.data?.__schema;
    if (!schema) throw new Error(`Introspection failed: ${JSON.stringify(response.errors)}`);
    return new SchemaShape(
      schema.types.filter((type) => !type.name.startsWith('__')),
      [schema.queryType.name, schema.mutationType.name],
    );
  }

  type(name: string): SchemaType | undefined {
    return this.byName.get(name);
  }

  get rootFields(): SchemaField[] {
    return this.rootTypeNames.flatMap((name) => this.type(name)?.fields ?? []);
  }

  /** Object types other than Query and Mutation. */
  get objectTypes(): SchemaType[] {
    return this.types.filter(
      (type) => type.kind === 'OBJECT' && !this.rootTypeNames.includes(type.name),
    );
  }

  /** The type describes one person: it names them, or holds a type that does. */
  isAboutAPerson(type: SchemaType): boolean {
    return (type.fields ?? []).some((field) => {
      const target = this.type(namedType(field.type));
      return (
        PERSON_KEY.test(field.name) ||
        (target?.fields ?? []).some((inner) => PERSON_KEY.test(inner.name))
      );
    });
  }

  /** Every input field name under an input type, nested ones included. */
  inputFieldNames(typeName: string, seen = new Set<string>()): string[] {
    const type = this.type(typeName);
    if (!type?.inputFields || seen.has(typeName)) return [];
    seen.add(typeName);
    return type.inputFields.flatMap((input) => [
      input.name,
      ...this.inputFieldNames(namedType(input.type), seen),
    ]);
  }
}

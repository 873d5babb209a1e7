// A small JSON Schema validator for the knowledge base's data files: exactly the keywords
// data/schema.json uses, so a schema using anything else fails loudly instead of validating nothing.
export type JsonSchema = { readonly [keyword: string]: unknown };

export interface SchemaViolation {
  /** Path to the offending value: `['models', 3, 'weights']`. */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

const SUPPORTED = new Set(['$schema', '$id', '$defs', '$ref', '$comment', 'title', 'description', 'type', 'enum',
  'pattern', 'minLength', 'minItems', 'uniqueItems', 'items', 'properties', 'required', 'additionalProperties',
  'propertyNames']);

type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

function typeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

function fits(actual: JsonType, expected: JsonType): boolean {
  return actual === expected || (expected === 'number' && actual === 'integer');
}

const describe = (value: unknown): string => (typeof value === 'string' ? JSON.stringify(value) : typeOf(value));

export class SchemaValidator {
  private readonly patterns = new Map<string, RegExp>();

  /** Throws when the schema uses a keyword this validator does not implement. */
  constructor(private readonly root: JsonSchema) {
    this.checkKeywords(root, '#');
  }

  /** Validates `value` against `#/$defs/<definition>`. */
  validate(value: unknown, definition: string): SchemaViolation[] {
    const violations: SchemaViolation[] = [];
    this.check(value, this.resolve(`#/$defs/${definition}`), [], violations);
    return violations;
  }

  private checkKeywords(schema: unknown, at: string): void {
    if (typeof schema !== 'object' || schema === null) return;
    for (const [keyword, value] of Object.entries(schema)) {
      if (!SUPPORTED.has(keyword)) throw new Error(`schema keyword "${keyword}" at ${at} is not supported by the validator`);
      if (keyword === '$defs' || keyword === 'properties') {
        for (const [name, sub] of Object.entries(value as object)) this.checkKeywords(sub, `${at}/${keyword}/${name}`);
      } else if (keyword === 'items' || keyword === 'additionalProperties' || keyword === 'propertyNames') {
        this.checkKeywords(value, `${at}/${keyword}`);
      }
    }
  }

  private resolve(ref: string): JsonSchema {
    const m = /^#\/\$defs\/([\w-]+)$/.exec(ref);
    const defs = this.root.$defs as Record<string, JsonSchema> | undefined;
    const target = m ? defs?.[m[1]] : undefined;
    if (!target) throw new Error(`schema reference ${ref} does not resolve`);
    return target;
  }

  private regex(pattern: string): RegExp {
    let re = this.patterns.get(pattern);
    if (!re) this.patterns.set(pattern, (re = new RegExp(pattern, 'u')));
    return re;
  }

  private check(value: unknown, schema: JsonSchema, path: (string | number)[], out: SchemaViolation[]): void {
    if (typeof schema.$ref === 'string') return this.check(value, this.resolve(schema.$ref), path, out);
    const actual = typeOf(value);
    if (schema.type !== undefined) {
      const expected = [schema.type].flat() as JsonType[];
      if (!expected.some((t) => fits(actual, t))) {
        out.push({ path, message: `must be ${expected.join(' or ')}, not ${describe(value)}` });
        return;
      }
    }
    if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
      out.push({ path, message: `must be one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}, not ${describe(value)}` });
      return;
    }
    if (typeof value === 'string') {
      if (typeof schema.minLength === 'number' && value.length < schema.minLength) out.push({ path, message: 'must not be empty' });
      if (typeof schema.pattern === 'string' && !this.regex(schema.pattern).test(value)) {
        out.push({ path, message: `${JSON.stringify(value)} does not match ${schema.pattern}` });
      }
    }
    if (Array.isArray(value)) {
      if (typeof schema.minItems === 'number' && value.length < schema.minItems) {
        out.push({ path, message: `must have at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}` });
      }
      if (schema.uniqueItems === true) {
        const seen = new Set<string>();
        value.forEach((item, i) => {
          const key = JSON.stringify(item);
          if (seen.has(key)) out.push({ path: [...path, i], message: `duplicates an earlier item (${describe(item)})` });
          seen.add(key);
        });
      }
      if (schema.items) value.forEach((item, i) => this.check(item, schema.items as JsonSchema, [...path, i], out));
    }
    if (actual === 'object') this.checkObject(value as Record<string, unknown>, schema, path, out);
  }

  private checkObject(value: Record<string, unknown>, schema: JsonSchema, path: (string | number)[], out: SchemaViolation[]): void {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    for (const name of (schema.required ?? []) as string[]) {
      if (!(name in value)) out.push({ path, message: `missing required property "${name}"` });
    }
    for (const [name, item] of Object.entries(value)) {
      if (schema.propertyNames) this.check(name, schema.propertyNames as JsonSchema, [...path, name], out);
      if (name in properties) this.check(item, properties[name], [...path, name], out);
      else if (schema.additionalProperties === false) out.push({ path: [...path, name], message: `unknown property "${name}"` });
      else if (typeof schema.additionalProperties === 'object') this.check(item, schema.additionalProperties as JsonSchema, [...path, name], out);
    }
  }
}

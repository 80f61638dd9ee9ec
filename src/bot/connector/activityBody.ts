// The request body of an activity exactly as botframework-connector's ConnectorClient writes it (its Activity mapper
// through @azure/core-client's serializer: only the properties the mappers name, in their order, dates as ISO strings,
// nested types resolved the same way), compiled once from the same mappers instead of interpreting them per reply.
// Whatever the compiled form does not cover (a value of the wrong type, a mapper feature these mappers do not use)
// gives undefined: the caller then sends that activity through the real client, which writes it or throws its own error.
import * as ConversationsMappers from 'botframework-connector/lib/connectorApi/models/conversationsMappers';

interface Mapper {
  serializedName?: string;
  required?: boolean;
  nullable?: boolean;
  readOnly?: boolean;
  isConstant?: boolean;
  defaultValue?: unknown;
  constraints?: unknown;
  type: {
    name: string;
    className?: string;
    modelProperties?: Record<string, Mapper>;
    additionalProperties?: Mapper;
    element?: Mapper;
    value?: Mapper;
    polymorphicDiscriminator?: unknown;
    uberParent?: string;
  };
}

type Write = (value: unknown) => unknown;

/** Thrown inside the compiled writers for a value the real serializer would reject or treat in a way not copied here. */
class NotCovered extends Error {}
const notCovered = new NotCovered('not covered');

const models = ConversationsMappers as unknown as Record<string, Mapper>;

function unsupported(mapper: Mapper): boolean {
  return Boolean(mapper.isConstant || mapper.defaultValue !== undefined || mapper.constraints || mapper.type.polymorphicDiscriminator || mapper.type.uberParent);
}

function compile(mapper: Mapper, composites: Map<string, Write>): Write {
  if (unsupported(mapper)) throw notCovered;
  const typed = compileTyped(mapper, composites);
  const { required, nullable } = mapper;
  // The real serializer's null rules (its table of required × nullable).
  return (value) => {
    if (value === undefined || value === null) {
      if (required && (value === undefined || !nullable)) throw notCovered;
      if (!required && nullable === false && value === null) throw notCovered;
      return value;
    }
    return typed(value);
  };
}

function compileTyped(mapper: Mapper, composites: Map<string, Write>): Write {
  switch (mapper.type.name) {
    case 'String':
      return (v) => {
        if (typeof (v as string).valueOf() !== 'string') throw notCovered;
        return v;
      };
    case 'Number':
      return (v) => {
        if (typeof v !== 'number') throw notCovered;
        return v;
      };
    case 'Boolean':
      return (v) => {
        if (typeof v !== 'boolean') throw notCovered;
        return v;
      };
    case 'Object':
    case 'any':
      return (v) => v;
    case 'DateTime':
      return (v) => {
        if (v instanceof Date) return v.toISOString();
        if (typeof (v as string).valueOf() !== 'string' || Number.isNaN(Date.parse(v as string))) throw notCovered;
        return new Date(v as string).toISOString();
      };
    case 'Sequence':
      return compileSequence(mapper, composites);
    case 'Dictionary': {
      if (!mapper.type.value) throw notCovered;
      const writeValue = compile(mapper.type.value, composites);
      return (v) => {
        if (typeof v !== 'object') throw notCovered;
        const out: Record<string, unknown> = {};
        for (const key of Object.keys(v as object)) out[key] = writeValue((v as Record<string, unknown>)[key]);
        return out;
      };
    }
    case 'Composite':
      return compileComposite(mapper, composites);
    default:
      throw notCovered;
  }
}

function compileSequence(mapper: Mapper, composites: Map<string, Write>): Write {
  let element = mapper.type.element;
  if (!element) throw notCovered;
  // As the real serializer does: a composite element is looked up by class name (losing what the element mapper adds).
  if (element.type.name === 'Composite' && element.type.className) element = models[element.type.className] ?? element;
  const writeElement = compile(element, composites);
  return (v) => {
    if (!Array.isArray(v)) throw notCovered;
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i += 1) out[i] = writeElement(v[i]);
    return out;
  };
}

function compileComposite(mapper: Mapper, composites: Map<string, Write>): Write {
  const className = mapper.type.className;
  const model = className ? models[className] : undefined;
  if (model && (model.type.polymorphicDiscriminator || model.type.uberParent)) throw notCovered;
  const properties = mapper.type.modelProperties ?? model?.type.modelProperties;
  if (!properties) throw notCovered;
  const additional = mapper.type.additionalProperties ?? (className ? model?.type.additionalProperties : undefined);
  // Mappers that only name their class share one writer (and a type that contains itself does not recurse for ever).
  const shareable = !mapper.type.modelProperties && !mapper.type.additionalProperties && className;
  const cached = shareable ? composites.get(className) : undefined;
  if (cached) return cached;
  let write: Write = () => {
    throw notCovered;
  };
  const deferred: Write = (v) => write(v);
  if (shareable) composites.set(className, deferred);

  const fields: Array<{ key: string; name: string; write: Write; required: boolean }> = [];
  for (const [key, property] of Object.entries(properties)) {
    if (property.readOnly) continue;
    const name = property.serializedName;
    // Nested serialized names ("a.b") and escaped dots are handled by the real serializer only.
    if (!name || name.includes('.')) throw notCovered;
    fields.push({ key, name, write: compile(property, composites), required: Boolean(property.required) });
  }
  const names = new Set(Object.keys(properties));
  const writeAdditional = additional ? compile(additional, composites) : undefined;
  write = (v) => {
    if (typeof v !== 'object') throw notCovered;
    const object = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const field of fields) {
      const raw = object[field.key];
      // Most of the ~40 activity fields are absent: an absent optional field writes nothing.
      if (raw === undefined && !field.required) continue;
      const value = field.write(raw);
      if (value !== undefined) out[field.name] = value;
    }
    if (writeAdditional) {
      for (const key of Object.keys(object)) {
        if (names.has(key)) continue;
        Object.defineProperty(out, key, { value: writeAdditional(object[key]), enumerable: true, configurable: true, writable: true });
      }
    }
    return out;
  };
  return deferred;
}

function compileActivity(): Write | undefined {
  try {
    // The operations' body mapper: the Activity mapper, required.
    return compile({ ...models.Activity, required: true }, new Map());
  } catch {
    return undefined;
  }
}

const writeActivity = compileActivity();

/** The JSON text ConnectorClient would send for this activity, or undefined when only the real client can tell. */
export function activityBody(activity: unknown): string | undefined {
  if (!writeActivity) return undefined;
  try {
    return JSON.stringify(writeActivity(activity));
  } catch {
    return undefined;
  }
}

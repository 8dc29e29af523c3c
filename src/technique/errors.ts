/**
 * Turns schema issues into messages a data author can act on, naming the item by its id:
 *   technique: step "neck" stroke "neck-stroke": unknown landmark "C9" (at path.waypoints[1].landmark)
 * zod-mini ships no message locale, so generic issues are worded here from their codes.
 */
import type { core } from 'zod/mini';

export class TechniqueError extends Error {
  override readonly name = 'TechniqueError';
  /** One line per problem; `message` joins them. */
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(problems.join('\n'));
    this.problems = problems;
  }
}

type Issue = core.$ZodIssue;
type Key = PropertyKey;

/** Arrays whose elements are named items, and what to call an element. */
const ITEM_NOUNS: Readonly<Record<string, (element: unknown) => string>> = {
  steps: () => 'step',
  actions: (element) => (field(element, 'kind') === 'press' ? 'point' : 'stroke'),
  items: () => 'setting item',
  oils: () => 'oil',
  phases: () => 'phase',
};

function field(node: unknown, key: Key): unknown {
  return typeof node === 'object' && node !== null ? (node as Record<Key, unknown>)[key] : undefined;
}

function itemLabel(noun: string, element: unknown, index: number): string {
  const id = field(element, 'id');
  return typeof id === 'string' && id !== '' ? `${noun} "${id}"` : `${noun} ${index + 1}`;
}

const fieldPath = (keys: readonly Key[]): string =>
  keys.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');

/** Splits an issue path into the named items it passes through and the field inside the last one. */
function locate(raw: unknown, path: readonly Key[]): { items: string[]; field: Key[] } {
  const items: string[] = [];
  let rest: Key[] = [];
  let node = raw;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const index = path[i + 1];
    const noun = typeof key === 'string' ? ITEM_NOUNS[key] : undefined;
    if (noun && typeof index === 'number') {
      const element = field(field(node, key), index);
      items.push(itemLabel(noun(element), element, index));
      rest = [];
      node = element;
      i++;
    } else {
      rest.push(key);
      node = field(node, key);
    }
  }
  return { items, field: rest };
}

const show = (value: unknown): string => JSON.stringify(value) ?? String(value);

/** Our schemas give their own messages; zod-mini's default for everything else is this. */
const GENERIC_MESSAGE = 'Invalid input';

function wording(issue: Issue, path: readonly Key[]): string {
  if (issue.message !== GENERIC_MESSAGE) return issue.message;
  const name = path.length > 0 ? `"${String(path[path.length - 1])}"` : 'value';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `missing ${name}` : `${name} must be ${issue.expected}, got ${show(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    case 'invalid_value':
      return `${name} must be one of ${issue.values.map(show).join(', ')}, got ${show(issue.input)}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `${name} needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`
        : `${name} must be ${issue.inclusive ? 'at least' : 'more than'} ${issue.minimum}, got ${show(issue.input)}`;
    case 'too_big':
      return `${name} must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}, got ${show(issue.input)}`;
    case 'invalid_union': {
      if (!issue.discriminator) return `${name} matches no allowed form`;
      const owner = path[path.length - 2];
      const kind = typeof owner === 'string' ? `${owner} ${issue.discriminator}` : issue.discriminator;
      return `unknown ${kind} ${show(field(issue.input, issue.discriminator))}`;
    }
    default:
      return `${name} is invalid`;
  }
}

/**
 * A union that matched no option reports every option's issues. The option with the fewest
 * issues is the one the author meant (an anchor with a bad landmark is still a landmark anchor).
 */
function flatten(issue: Issue): { issue: Issue; path: Key[] }[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [{ issue, path: issue.path }];
  const closest = issue.errors.reduce((best, option) => (option.length < best.length ? option : best));
  return closest.flatMap((inner) => flatten(inner).map((found) => ({ issue: found.issue, path: [...issue.path, ...found.path] })));
}

/** One readable line per issue, in the order zod found them. */
export function describeIssues(raw: unknown, issues: readonly Issue[]): string[] {
  return issues.flatMap(flatten).map(({ issue, path }) => {
    const where = locate(raw, path);
    const prefix = where.items.length > 0 ? `technique: ${where.items.join(' ')}:` : 'technique:';
    const at = where.field.length > 0 ? ` (at ${fieldPath(where.field)})` : '';
    return `${prefix} ${wording(issue, path)}${at}`;
  });
}

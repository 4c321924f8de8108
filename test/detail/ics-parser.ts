/** A small, test-only iCalendar reader: enough to check what `eventToICalendar` writes. */

/** One content line: name, parameters and raw (still escaped) value. */
export interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** A component with its properties and sub-components. */
export interface Component {
  name: string;
  properties: Property[];
  components: Component[];
}

/** Unfolds (CRLF + one space or tab) and splits into content lines. */
export function unfold(text: string): string[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '');
}

/** Splits `NAME;P=V;Q="x:y":value`, honouring quoted parameter values. */
export function parseLine(line: string): Property {
  let i = 0;
  let inQuotes = false;
  const pieces: string[] = [];
  let current = '';
  for (; i < line.length; i++) {
    const char = line[i]!;
    if (char === '"') inQuotes = !inQuotes;
    if (!inQuotes && char === ':') break;
    if (!inQuotes && char === ';') {
      pieces.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  pieces.push(current);
  const [name, ...rawParams] = pieces;
  const params: Record<string, string> = {};
  for (const param of rawParams) {
    const eq = param.indexOf('=');
    params[param.slice(0, eq).toUpperCase()] = param.slice(eq + 1).replace(/^"|"$/g, '');
  }
  return { name: name!.toUpperCase(), params, value: line.slice(i + 1) };
}

/** Parses a whole document into its top-level component. */
export function parseICalendar(text: string): Component {
  const stack: Component[] = [{ name: 'ROOT', properties: [], components: [] }];
  for (const line of unfold(text)) {
    const property = parseLine(line);
    if (property.name === 'BEGIN') {
      const component: Component = { name: property.value, properties: [], components: [] };
      stack.at(-1)!.components.push(component);
      stack.push(component);
    } else if (property.name === 'END') {
      const done = stack.pop()!;
      if (done.name !== property.value) throw new Error(`END:${property.value} closes ${done.name}`);
    } else {
      stack.at(-1)!.properties.push(property);
    }
  }
  if (stack.length !== 1) throw new Error('unclosed component');
  return stack[0]!.components[0]!;
}

/** Reverses TEXT escaping (RFC 5545 §3.3.11). */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/** The first property called `name`. */
export function prop(component: Component, name: string): Property | undefined {
  return component.properties.find((property) => property.name === name);
}

/** The sub-components called `name`. */
export function children(component: Component, name: string): Component[] {
  return component.components.filter((child) => child.name === name);
}

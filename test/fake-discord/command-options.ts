/** The `data.options` of a dispatched command or autocomplete, typed from the registered command when it is known. */
import type { CommandOption } from './validate-commands.js';

export interface OptionValue {
  name: string;
  value?: string | number | boolean;
  /** Discord's option type; taken from the registered command, else from the value (3 string, 10 number, 5 boolean). */
  type?: number;
  /** For autocomplete: the option the user is typing in. */
  focused?: boolean;
  /** A sub-command's own options. */
  options?: OptionValue[];
}

interface InteractionOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: InteractionOption[];
}

function typeOf(o: OptionValue, defined: CommandOption | undefined): number {
  if (o.type !== undefined) return o.type;
  if (defined?.type !== undefined) return defined.type;
  if (o.options) return 1;
  return typeof o.value === 'number' ? 10 : typeof o.value === 'boolean' ? 5 : 3;
}

export function interactionOptions(values: OptionValue[], defined: CommandOption[] = []): InteractionOption[] {
  return values.map((o) => {
    const definition = defined.find((d) => d.name === o.name);
    const type = typeOf(o, definition);
    if (o.options) return { name: o.name, type, options: interactionOptions(o.options, definition?.options) };
    return { name: o.name, type, value: o.value, ...(o.focused ? { focused: true } : {}) };
  });
}

/**
 * Autocomplete marks exactly one option as focused, and sends what the user has typed so far as a string whatever
 * the option's type. When the test marks none, the last option is the one being typed.
 */
export function focusOne(values: OptionValue[]): OptionValue[] {
  const flat = (list: OptionValue[]): OptionValue[] => list.flatMap((o) => (o.options ? flat(o.options) : [o]));
  const focused = flat(values).filter((o) => o.focused);
  if (focused.length > 1) throw new Error('fake discord: autocomplete has exactly one focused option');
  const target = focused[0] ?? flat(values).at(-1);
  const mark = (list: OptionValue[]): OptionValue[] =>
    list.map((o) =>
      o.options
        ? { ...o, options: mark(o.options) }
        : o === target
          ? { ...o, focused: true, value: String(o.value ?? '') }
          : o,
    );
  return mark(values);
}

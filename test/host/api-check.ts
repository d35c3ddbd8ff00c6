/**
 * Requirement sets per call: every member the table in api-sets.ts puts above the host's
 * `maxExcelApi` fails the next sync with ApiNotFound, as Excel does for an API it does not
 * have. Methods and setters are checked when called, navigation properties when read, scalar
 * properties when loaded (context.ts); a plain `load()` skips scalars the host does not have.
 */
import { EXCEL_API_SETS } from "./api-sets";
import type { ClientObject } from "./context";

/** The requirement set of `type.member`, or undefined for ExcelApi 1.1 and unknown members. */
export function apiSetOf(type: string, member: string): string | undefined {
  return EXCEL_API_SETS[`${type}.${member}`];
}

interface Checked {
  readonly context: { host: { supports(version: string): boolean; requireApi(ctx: unknown, version: string, what: string): void } };
}

function check(object: Checked, version: string, what: string): void {
  const { host } = object.context;
  if (!host.supports(version)) host.requireApi(object.context, version, what);
}

function descriptorOf(proto: object, name: string): PropertyDescriptor | undefined {
  for (let p: object | null = proto; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    const found = Object.getOwnPropertyDescriptor(p, name);
    if (found) return found;
  }
  return undefined;
}

const patched = new WeakSet<object>();

/** Wraps the members of each class (named as in the `Excel` namespace) that the table lists. */
export function enforceApiSets(classes: Record<string, abstract new (...args: never[]) => ClientObject>): void {
  for (const [type, cls] of Object.entries(classes)) {
    const proto = cls.prototype as Record<string, unknown>;
    if (patched.has(proto)) continue;
    patched.add(proto);
    const prefix = `${type}.`;
    for (const key of Object.keys(EXCEL_API_SETS)) {
      if (!key.startsWith(prefix)) continue;
      const member = key.slice(prefix.length);
      const version = EXCEL_API_SETS[key];
      const found = descriptorOf(proto, member);
      if (!found) continue;
      if (typeof found.value === "function") {
        const original = found.value as (...args: unknown[]) => unknown;
        Object.defineProperty(proto, member, {
          ...found,
          value(this: Checked, ...args: unknown[]) {
            check(this, version, key);
            return original.apply(this, args);
          },
        });
      } else if (found.get || found.set) {
        const { get, set } = found;
        Object.defineProperty(proto, member, {
          ...found,
          get: get && function (this: Checked & { _scalars: readonly string[] }) {
            // A loaded scalar was checked when it was loaded; a navigation property is checked here.
            if (!this._scalars.includes(member)) check(this, version, key);
            return get.call(this);
          },
          set: set && function (this: Checked, value: unknown) {
            check(this, version, key);
            set.call(this, value);
          },
        });
      }
    }
  }
}

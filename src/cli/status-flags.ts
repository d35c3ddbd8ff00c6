/**
 * The command line's availability flags (issue 16, docs/design.md §28): `--status-map word=class`
 * classes a status word as the pane's Settings do, `--status-merge` says what aggregate does with
 * rows that differ only in their status.
 */
import { z } from "zod";
import { STATUS_CLASSES, statusKey, type StatusClass, type StatusMerge } from "../core";
import { CliError } from "./cli-error";

/** One `--status-map Rented=out` as a word and its class, or an issue naming the flag. */
export const statusMapEntry = z.string().transform((text, ctx) => {
  const eq = text.lastIndexOf("=");
  const word = eq < 0 ? "" : text.slice(0, eq).trim();
  const cls = eq < 0 ? text.trim().toLowerCase() : text.slice(eq + 1).trim().toLowerCase();
  if (word === "" || word.length > 255) {
    ctx.addIssue({ code: "custom", message: `--status-map ${text}: write the status word before "=", e.g. Rented=out` });
    return z.NEVER;
  }
  if (!(STATUS_CLASSES as readonly string[]).includes(cls)) {
    ctx.addIssue({ code: "custom", message: `--status-map ${text}: the class must be one of ${STATUS_CLASSES.join(", ")} (write word=class)` });
    return z.NEVER;
  }
  return { word, cls: cls as StatusClass };
});

/** `--status-merge`: what aggregate does with rows that differ only in status (default refuse). */
export const statusMergeOption: z.ZodType<StatusMerge> = z.enum(["refuse", "keep-counts"], { message: "--status-merge takes refuse or keep-counts" }).default("refuse");

/**
 * The statusMap the `--status-map` flags ask for, or undefined when none was given. The same word
 * twice (as classifyStatus compares words: case, spaces, hyphens) is a usage error: the later one would silently win.
 */
export function statusMapOf(entries: readonly { word: string; cls: StatusClass }[]): Record<string, StatusClass> | undefined {
  if (entries.length === 0) return undefined;
  const map: Record<string, StatusClass> = {};
  const seen = new Set<string>();
  for (const { word, cls } of entries) {
    if (seen.has(statusKey(word))) throw new CliError(`--status-map names ${word} twice`);
    seen.add(statusKey(word));
    map[word] = cls;
  }
  return map;
}

/**
 * `flags` over `base`, word by word: a word given on the command line replaces the same word in
 * the settings (compared as classifyStatus compares), so `--status-map rented=available` wins
 * over a saved `Rented: out`.
 */
export function layerStatusMap(base: Readonly<Record<string, StatusClass>> | undefined, flags: Readonly<Record<string, StatusClass>> | undefined): Record<string, StatusClass> | undefined {
  if (flags === undefined) return base === undefined ? undefined : { ...base };
  const given = new Set(Object.keys(flags).map(statusKey));
  const kept = Object.entries(base ?? {}).filter(([word]) => !given.has(statusKey(word)));
  return { ...Object.fromEntries(kept), ...flags };
}

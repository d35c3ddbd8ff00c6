/**
 * Engine settings on the command line (docs/design.md §19): one flag per pane setting, a
 * `--settings FILE.json` holding what the add-in stores in a workbook, and the rules that
 * layer them. Every value is validated by the engine's own schema, so the CLI accepts
 * exactly what the pane does; the errors name the key (or flag) and the values allowed.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import { parseSettings, settingsSchema, type Role, type SettingsInput } from "../core";
import { CliError } from "./cli-error";
import { inputKindOf } from "./read-input";
import { layerStatusMap } from "./status-flags";
import { readWorkbookSettings } from "./workbook-settings";

type SettingKey = keyof SettingsInput;

/** Per read, never stored (the add-in strips them before saving): a settings file may not set them. */
const PER_READ: readonly SettingKey[] = ["origin", "lastUsedRow"];

/** The settings a file may hold, in the schema's order. */
export const STORED_KEYS: readonly string[] = Object.keys(settingsSchema.shape).filter((k) => !PER_READ.includes(k as SettingKey));

/** The schema of one setting without its default/optional wrapper. */
function bareSchema(key: string): z.core.$ZodType | undefined {
  let schema = (settingsSchema.shape as Record<string, z.core.$ZodType>)[key];
  while (schema && (schema._zod.def.type === "default" || schema._zod.def.type === "optional")) {
    schema = (schema._zod.def as unknown as { innerType: z.core.$ZodType }).innerType;
  }
  return schema;
}

/**
 * The values a setting takes, in words read off the engine's schema, or undefined when the
 * schema's own message says it already (text, lists, objects, and choices such as auto, on or off).
 *
 * @example allowedValues("currencyDecimals") // "a whole number from 0 to 4"
 */
export function allowedValues(key: string): string | undefined {
  const schema = bareSchema(key) as unknown as { _zod: { def: { type: string } }; minValue?: number | null; maxValue?: number | null } | undefined;
  switch (schema?._zod.def.type) {
    case "number":
      return `a whole number from ${schema.minValue} to ${schema.maxValue}`;
    case "boolean":
      return "true or false";
    default:
      return undefined;
  }
}

/**
 * Checks settings as the engine will: `{}` of only the keys given (no defaults filled, so they
 * layer). Throws a CliError starting with `label`, one problem after another, each naming the
 * key and the values allowed; unknown keys are named with the known ones.
 */
export function checkSettings(input: unknown, label: string): Partial<SettingsInput> {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new CliError(`${label}: must be a JSON object of named settings, as the add-in stores them (e.g. {"currencyDecimals": 2})`);
  }
  const perRead = Object.keys(input).filter((k) => PER_READ.includes(k as SettingKey));
  if (perRead.length > 0) throw new CliError(`${label}: ${perRead.join(", ")} is found on each read, not set in a settings file; remove it`);
  const words = parseSettings(input);
  if (words.success) return input as Partial<SettingsInput>;
  const issues = settingsSchema.safeParse(input).error?.issues ?? [];
  const problems = words.errors.map((problem, i) => {
    const issue = issues[i];
    if (issue?.code === "unrecognized_keys") return `${problem} (known settings: ${STORED_KEYS.join(", ")})`;
    const allowed = issue?.path.length === 1 ? allowedValues(String(issue.path[0])) : undefined;
    return allowed === undefined ? problem : `${problem} (allowed: ${allowed})`;
  });
  throw new CliError(`${label}: ${problems.join("; ")}`);
}

/**
 * Reads `--settings FILE.json`: the JSON object the add-in stores in a workbook
 * (`inventoryRows.settings`), validated. Any problem is a CliError (exit 2).
 */
export async function readSettingsFile(file: string, cwd: string): Promise<Partial<SettingsInput>> {
  let textOfFile: string;
  try {
    textOfFile = await readFile(path.resolve(cwd, file), "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`--settings ${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a folder, not a file" : `cannot be read (${code})`}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(textOfFile.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new CliError(`--settings ${file} is not valid JSON (${(error as Error).message.split("\n")[0]})`);
  }
  return checkSettings(json, `--settings ${file}`);
}

/**
 * One flag's value checked by the setting's schema: the value, or a CliError naming the flag
 * and the values allowed (`--currency-decimals 7: must be at most 4 (allowed: …)`).
 */
export function flagSetting<K extends SettingKey>(flag: string, key: K, value: SettingsInput[K], given: string): SettingsInput[K] {
  const result = parseSettings({ [key]: value });
  if (result.success) return value;
  const allowed = allowedValues(key);
  const problems = result.errors.map((e) => e.replace(new RegExp(`^${key}(\\.\\d+)?: `), ""));
  throw new CliError(`--${flag} ${given}: ${problems.join("; ")}${allowed === undefined ? "" : ` (allowed: ${allowed})`}`);
}

/** A flag's number: digits only (`2`, not `2.0` or `two`), else a CliError naming the values allowed. */
export function flagNumber(flag: string, key: SettingKey, given: string): number {
  if (!/^\s*-?\d+\s*$/.test(given)) throw new CliError(`--${flag} ${given}: must be ${allowedValues(key) ?? "a whole number"}`);
  return Number(given);
}

/**
 * The settings of a run: `base` (a --settings file, else the workbook's saved settings, else
 * none) with the flags given on top, key by key; `--map` roles on top of the base's mapping,
 * `--status-map` words on top of its statusMap.
 */
export function layerSettings(base: Partial<SettingsInput>, flags: Partial<SettingsInput>): Partial<SettingsInput> {
  const layered: Partial<SettingsInput> = { ...base, ...flags };
  if (base.mapping !== undefined || flags.mapping !== undefined) layered.mapping = { ...base.mapping, ...flags.mapping };
  const statusMap = layerStatusMap(base.statusMap, flags.statusMap);
  if (statusMap !== undefined) layered.statusMap = statusMap;
  return layered;
}

/** The flags of the pane's settings as parseArgs gives them (args.ts). */
export interface PaneFlags {
  "additive-columns"?: string[];
  "currency-decimals"?: string;
  "case-sensitive-codes"?: boolean;
  "code-prefix"?: string;
  "code-digits"?: string;
  "summary-sheet"?: string;
  /** --locale, already a checked tag. */
  locale?: string;
}

/** The pane settings the flags ask for (only those given), each checked by the engine's schema. */
export function paneSettings(values: PaneFlags): Partial<SettingsInput> {
  const pane: Partial<SettingsInput> = {};
  const columns = values["additive-columns"];
  if (columns !== undefined) pane.additiveColumns = flagSetting("additive-columns", "additiveColumns", columns, columns.join(", "));
  const decimals = values["currency-decimals"];
  if (decimals !== undefined) pane.currencyDecimals = flagSetting("currency-decimals", "currencyDecimals", flagNumber("currency-decimals", "currencyDecimals", decimals), decimals);
  if (values["case-sensitive-codes"]) pane.caseSensitiveCodes = true;
  const prefix = values["code-prefix"];
  if (prefix !== undefined) pane.codePrefix = flagSetting("code-prefix", "codePrefix", prefix, JSON.stringify(prefix));
  const digits = values["code-digits"];
  if (digits !== undefined) pane.codeDigits = flagSetting("code-digits", "codeDigits", flagNumber("code-digits", "codeDigits", digits), digits);
  const sheet = values["summary-sheet"];
  if (sheet !== undefined) pane.summarySheetName = flagSetting("summary-sheet", "summarySheetName", sheet, JSON.stringify(sheet));
  if (values.locale !== undefined) pane.locale = values.locale;
  return pane;
}


/** What settingsForRun needs of the command line's options (CliOptions in args.ts). */
export interface SettingsOptions {
  file: string;
  mapping: Partial<Record<Role, string>>;
  shape: Partial<SettingsInput>;
  settingFlags: Partial<SettingsInput>;
  settingsFile?: string;
  /** --locale, else the environment's. */
  locale: string;
}

/** The engine settings of a run and the locale it reads and prints numbers in. */
export interface RunSettings {
  /** Everything but `origin` (known once the table is found). */
  settings: Partial<SettingsInput>;
  locale: string;
}

/**
 * The settings a run uses: a --settings file, else (for an .xlsx) the settings the add-in saved
 * in the workbook, said once on stderr; then the flags, key by key. The locale is --locale,
 * else the file's or workbook's, else the environment's (`options.locale` already holds that).
 */
export async function settingsForRun(options: SettingsOptions, cwd: string, note: (line: string) => void): Promise<RunSettings> {
  let base: Partial<SettingsInput> = {};
  if (options.settingsFile !== undefined) {
    base = await readSettingsFile(options.settingsFile, cwd);
  } else if (inputKindOf(options.file) === "xlsx") {
    const saved = await readWorkbookSettings(path.resolve(cwd, options.file));
    if (saved) {
      for (const warning of saved.warnings) note(`inventory-rows: note: ${warning}\n`);
      note(`inventory-rows: Using the settings saved in the workbook ${options.file} (flags given override them; --settings FILE.json replaces them)\n`);
      base = saved.settings;
    }
  }
  const settings = layerSettings(base, { mapping: options.mapping, ...options.shape, ...options.settingFlags });
  const locale = settings.locale ?? options.locale;
  return { settings: { ...settings, locale }, locale };
}

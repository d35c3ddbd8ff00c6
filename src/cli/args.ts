import { parseArgs } from "node:util";
import { z } from "zod";
import { InventoryArgumentError, RULE_ORDER, type Role, type SettingsInput, type StatusMerge } from "../core";
import { cliLocale, localeFromEnv } from "./cli-locale";
import { cliLang, langFromEnv } from "./cli-lang";
import { flagSetting, paneSettings } from "./cli-settings";
import { CliError } from "./cli-error";
import type { Delimiter } from "./csv-delimiter";
import { FIX_RULES, type FixRuleId } from "./fix-rules";
import { outputRefusal } from "./output-kind";
import { parseRowList } from "./row-list";
import { statusMapEntry, statusMapOf, statusMergeOption } from "./status-flags";
import { LABEL_FLAGS, labelOptions, labelParseConfig, labelsOutput, type LabelCliOptions } from "./label-args";

export const COMMANDS = ["check", "summary", "serialize", "aggregate", "fix", "generate-codes", "stocktake", "labels"] as const;
export type Command = (typeof COMMANDS)[number];
const COMMAND_LIST = `${COMMANDS.slice(0, -1).join(", ")} or ${COMMANDS[COMMANDS.length - 1]}`;

const ROLES = ["quantity", "codes", "category", "name", "income", "expense", "status", "available", "purchase"] as const satisfies readonly Role[];

/** Everything a command needs, validated. */
export interface CliOptions {
  command: Command;
  file: string;
  sheet?: string;
  /** Role → header text, from `--map role=Header`. */
  mapping: Partial<Record<Role, string>>;
  json: boolean;
  /** Excel row numbers from `--rows`. */
  rows?: number[];
  out?: string;
  force: boolean;
  progress: boolean;
  /** `--excel-reading off`: read a .csv as it stands, not as Excel opens it. */
  excelReading: boolean;
  /** BCP 47 locale numbers are read and printed in: `--locale`, else the environment's, else en-US. */
  locale: string;
  /** `--delimiter`: a .csv's field separator, instead of the guessed one. */
  delimiter?: Delimiter;
  /** Settings for real export shapes (issue 13): --per-unit, --each-row-one-unit, --codes-unique-within, --one-code-per-cell, --ignore. */
  shape: Partial<SettingsInput>;
  /** `--formulas values`: write values over formulas in the cells serialize or aggregate change (default refuse). */
  formulas: "refuse" | "values";
  /** `aggregate --status-merge`: rows that differ only in status are refused (default) or merged keeping the counts. */
  statusMerge: StatusMerge;
  /** `fix --rule`: the fixable rules to fix (empty: every one). */
  rules: FixRuleId[];
  /** The pane's settings given as flags (--currency-decimals …, and --locale when given): they override `--settings` and the workbook's. */
  settingFlags: Partial<SettingsInput>;
  /** `--settings FILE.json`: settings as the add-in stores them, used instead of the workbook's. */
  settingsFile?: string;
  /** `stocktake --scans FILE`: the scans, one code per line or a .csv with a code column. */
  scans?: string;
  /** BCP 47 tag the engine's messages are printed in: `--lang`, else LC_ALL, LC_MESSAGES or LANG, else en. */
  lang: string;
  /** `labels`: --layout, --symbology, --copies, --lines. */
  labels?: LabelCliOptions;
}

export type ParsedArgs = { help: string } | { version: true } | { options: CliOptions };

const mapEntry = z
  .string()
  .transform((text, ctx) => {
    const eq = text.indexOf("=");
    const role = eq < 0 ? text : text.slice(0, eq).trim().toLowerCase();
    const header = eq < 0 ? "" : text.slice(eq + 1).trim();
    if (!(ROLES as readonly string[]).includes(role)) {
      ctx.addIssue({ code: "custom", message: `--map ${text}: the role must be one of ${ROLES.join(", ")} (write role=Header)` });
      return z.NEVER;
    }
    if (header === "" || header.length > 255) {
      ctx.addIssue({ code: "custom", message: `--map ${text}: write the column's header after "=", e.g. ${role}=QTY` });
      return z.NEVER;
    }
    return { role: role as Role, header };
  });

const localeOption = z.string().transform((text, ctx) => {
  try {
    return cliLocale(text);
  } catch (error) {
    if (!(error instanceof InventoryArgumentError)) throw error;
    ctx.addIssue({ code: "custom", message: `--locale ${text}: ${error.message}` });
    return z.NEVER;
  }
});

const langOption = z.string().transform((text, ctx) => {
  try {
    return cliLang(text);
  } catch (error) {
    if (!(error instanceof InventoryArgumentError)) throw error;
    ctx.addIssue({ code: "custom", message: `--lang ${text}: ${error.message}` });
    return z.NEVER;
  }
});

const DELIMITER_WORDS: Record<string, Delimiter> = { ",": ",", ";": ";", "|": "|", tab: "\t", "\t": "\t" };

const delimiterOption = z.string().transform((text, ctx) => {
  const delimiter = DELIMITER_WORDS[text.toLowerCase()];
  if (delimiter === undefined) {
    ctx.addIssue({ code: "custom", message: `--delimiter ${JSON.stringify(text)}: use ',', ';', '|' or tab` });
    return z.NEVER;
  }
  return delimiter;
});

const optionsSchema = z.object({
  sheet: z.string().trim().min(1, "--sheet needs a sheet name").max(31, "--sheet: Excel sheet names have at most 31 characters").optional(),
  map: z.array(mapEntry).default([]),
  json: z.boolean().default(false),
  rows: z.string().optional(),
  out: z.string().trim().min(1, "--out needs a file name").optional(),
  force: z.boolean().default(false),
  progress: z.boolean().default(false),
  "excel-reading": z.enum(["on", "off"], { message: "--excel-reading takes on or off" }).default("on"),
  locale: localeOption.optional(),
  delimiter: delimiterOption.optional(),
  "per-unit": z.array(z.string().trim().min(1, "--per-unit needs a column header").max(255)).optional(),
  "each-row-one-unit": z.boolean().default(false),
  "codes-unique-within": z.string().trim().min(1, "--codes-unique-within needs a column header").max(255).optional(),
  "one-code-per-cell": z.boolean().default(false),
  ignore: z.array(z.string().refine((rule) => (RULE_ORDER as readonly string[]).includes(rule), {
    error: (issue) => `--ignore ${String(issue.input)}: not a rule id; use one of ${RULE_ORDER.join(", ")}`,
  })).default([]),
  formulas: z.enum(["refuse", "values"], { message: "--formulas takes refuse or values" }).default("refuse"),
  rule: z.array(z.string().refine((rule) => (FIX_RULES as readonly string[]).includes(rule), {
    error: (issue) => `--rule ${String(issue.input)}: ${issue.input === "codes-missing" ? "codes are made by inventory-rows generate-codes; " : ""}use a fixable rule: ${FIX_RULES.join(", ")}`,
  })).default([]),
  settings: z.string().trim().min(1, "--settings needs a .json file").optional(),
  "additive-columns": z.array(z.string()).optional(),
  "currency-decimals": z.string().optional(),
  "case-sensitive-codes": z.boolean().optional(),
  "code-prefix": z.string().optional(),
  "code-digits": z.string().optional(),
  "summary-sheet": z.string().optional(),
  lang: langOption.optional(),
  "status-map": z.array(statusMapEntry).default([]),
  "status-merge": statusMergeOption,
  scans: z.string().trim().min(1, "--scans needs a file of scanned codes").optional(),
  "scan-prefix": z.string().optional(),
  "scan-suffix": z.string().optional(),
  help: z.boolean().default(false),
  version: z.boolean().default(false),
  layout: z.string().optional(),
  symbology: z.string().optional(),
  copies: z.string().optional(),
  lines: z.string().optional(),
});

const parseConfig = {
  sheet: { type: "string" },
  map: { type: "string", multiple: true },
  json: { type: "boolean" },
  rows: { type: "string" },
  out: { type: "string", short: "o" },
  force: { type: "boolean" },
  progress: { type: "boolean" },
  "excel-reading": { type: "string" },
  locale: { type: "string" },
  delimiter: { type: "string" },
  "per-unit": { type: "string", multiple: true },
  "each-row-one-unit": { type: "boolean" },
  "codes-unique-within": { type: "string" },
  "one-code-per-cell": { type: "boolean" },
  ignore: { type: "string", multiple: true },
  formulas: { type: "string" },
  rule: { type: "string", multiple: true },
  settings: { type: "string" },
  "additive-columns": { type: "string", multiple: true },
  "currency-decimals": { type: "string" },
  "case-sensitive-codes": { type: "boolean" },
  "code-prefix": { type: "string" },
  "code-digits": { type: "string" },
  "summary-sheet": { type: "string" },
  lang: { type: "string" },
  "status-map": { type: "string", multiple: true },
  "status-merge": { type: "string" },
  scans: { type: "string" },
  "scan-prefix": { type: "string" },
  "scan-suffix": { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
  ...labelParseConfig,
} as const;

/** Inputs read as delimited text: --excel-reading and --delimiter are about these. */
const DELIMITED = /\.(csv|tsv|txt)$/i;

/** Which options each command takes besides --help. */
const SETTING_FLAGS = ["settings", "additive-columns", "currency-decimals", "case-sensitive-codes", "code-prefix", "code-digits", "summary-sheet", "lang", "status-map"];
const SHAPE = ["per-unit", "each-row-one-unit", "codes-unique-within", "one-code-per-cell", "ignore", ...SETTING_FLAGS];
const ALLOWED: Record<Command, readonly string[]> = {
  check: ["sheet", "map", "json", "out", "force", "progress", "excel-reading", "locale", "delimiter", ...SHAPE],
  summary: ["sheet", "map", "json", "out", "force", "progress", "excel-reading", "locale", "delimiter", ...SHAPE],
  serialize: ["sheet", "map", "json", "rows", "out", "force", "progress", "excel-reading", "locale", "delimiter", "formulas", ...SHAPE],
  aggregate: ["sheet", "map", "json", "rows", "out", "force", "progress", "excel-reading", "locale", "delimiter", "formulas", "status-merge", ...SHAPE],
  fix: ["sheet", "map", "json", "rows", "rule", "out", "force", "progress", "excel-reading", "locale", "delimiter", "formulas", ...SHAPE],
  "generate-codes": ["sheet", "map", "json", "rows", "out", "force", "progress", "excel-reading", "locale", "delimiter", "formulas", ...SHAPE],
  stocktake: ["sheet", "map", "json", "out", "force", "progress", "excel-reading", "locale", "delimiter", "scans", "scan-prefix", "scan-suffix", ...SHAPE],
  labels: ["sheet", "map", "json", "rows", "out", "force", "progress", "excel-reading", "locale", "delimiter", ...LABEL_FLAGS, ...SHAPE],
};

/** The engine settings the shape flags ask for (only those given). */
function shapeSettings(values: z.output<typeof optionsSchema>): Partial<SettingsInput> {
  const shape: Partial<SettingsInput> = {};
  if (values["per-unit"] !== undefined) shape.perUnitColumns = values["per-unit"];
  if (values["each-row-one-unit"]) shape.eachRowOneUnit = "on";
  if (values["codes-unique-within"] !== undefined) shape.codesUniqueWithin = values["codes-unique-within"];
  if (values["one-code-per-cell"]) shape.oneCodePerCell = true;
  if (values.ignore.length > 0) shape.ignoredRules = values.ignore as SettingsInput["ignoredRules"];
  return shape;
}

/** `--scan-prefix`, `--scan-suffix` and `--status-map` (only those given), checked by the settings' schema. */
function scanAndStatusSettings(values: z.output<typeof optionsSchema>): Partial<SettingsInput> {
  const scan: Partial<SettingsInput> = {};
  const prefix = values["scan-prefix"];
  if (prefix !== undefined) scan.scanPrefix = flagSetting("scan-prefix", "scanPrefix", prefix, JSON.stringify(prefix));
  const suffix = values["scan-suffix"];
  if (suffix !== undefined) scan.scanSuffix = flagSetting("scan-suffix", "scanSuffix", suffix, JSON.stringify(suffix));
  const statusMap = statusMapOf(values["status-map"]);
  if (statusMap !== undefined) scan.statusMap = statusMap;
  return scan;
}

/**
 * Turns argv (without `node` and the script) into validated options, a help text, or a CliError.
 * `env` supplies the locale when --locale is not given (LC_ALL, LC_NUMERIC, LANG), and the
 * language when --lang is not (LC_ALL, LC_MESSAGES, LANG).
 */
export function parseCliArgs(argv: readonly string[], helpFor: (command?: Command) => string, env: Readonly<Record<string, string | undefined>> = {}): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: parseConfig, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${(error as Error).message.split("\n")[0]} (see inventory-rows --help)`);
  }
  const result = optionsSchema.safeParse(parsed.values);
  if (!result.success) throw new CliError(result.error.issues[0].message);
  const values = result.data;
  const [commandText, ...files] = parsed.positionals;
  if (values.version) return { version: true };
  if (commandText === undefined) {
    if (values.help) return { help: helpFor() };
    throw new CliError(`name a command: ${COMMAND_LIST} (see inventory-rows --help)`);
  }
  if (!(COMMANDS as readonly string[]).includes(commandText)) {
    throw new CliError(`unknown command "${commandText}": use ${COMMAND_LIST}`);
  }
  const command = commandText as Command;
  if (values.help) return { help: helpFor(command) };
  for (const name of Object.keys(parsed.values)) {
    if (!ALLOWED[command].includes(name) && name !== "help") {
      throw new CliError(`${command} does not take --${name} (see inventory-rows ${command} --help)`);
    }
  }
  if (files.length !== 1) {
    throw new CliError(files.length === 0 ? `${command} needs a FILE (.xlsx, .csv or .json)` : `${command} takes one FILE, got ${files.length}`);
  }
  const mapping: Partial<Record<Role, string>> = {};
  for (const { role, header } of values.map) {
    if (mapping[role] !== undefined) throw new CliError(`--map names ${role} twice`);
    mapping[role] = header;
  }
  const needsOut = command === "serialize" || command === "aggregate";
  if (needsOut && values.rows === undefined) throw new CliError(`${command} needs --rows, e.g. --rows 5,7-9`);
  if ((needsOut || command === "fix" || command === "generate-codes") && values.out === undefined) throw new CliError(`${command} needs --out OUT.xlsx (the input is never changed)`);
  if (command === "labels") checkLabelsArgs(values);
  const refusal = values.out === undefined || command === "labels" ? null : outputRefusal(command, values.out, files[0]);
  if (refusal) throw new CliError(refusal);
  if (command === "stocktake" && values.scans === undefined) throw new CliError("stocktake needs --scans SCANS.txt (one scanned code per line, or a .csv with a code column)");
  if (values.force && values.out === undefined) throw new CliError("--force only makes sense with --out");
  if (parsed.values["excel-reading"] !== undefined && !DELIMITED.test(files[0])) {
    throw new CliError(`--excel-reading is about how a .csv is read; ${files[0]} is not a .csv`);
  }
  if (values.delimiter !== undefined && !DELIMITED.test(files[0])) {
    throw new CliError(`--delimiter is about how a .csv is split into columns; ${files[0]} is not a .csv`);
  }
  return {
    options: {
      command,
      file: files[0],
      sheet: values.sheet,
      mapping,
      json: values.json,
      rows: values.rows === undefined ? undefined : parseRowList(values.rows),
      out: values.out,
      force: values.force,
      progress: values.progress,
      excelReading: values["excel-reading"] === "on",
      locale: values.locale ?? localeFromEnv(env),
      delimiter: values.delimiter,
      shape: shapeSettings(values),
      formulas: values.formulas,
      statusMerge: values["status-merge"],
      rules: values.rule as FixRuleId[],
      settingFlags: { ...paneSettings(values), ...scanAndStatusSettings(values) },
      settingsFile: values.settings,
      lang: values.lang ?? langFromEnv(env),
      scans: values.scans,
      labels: command === "labels" ? labelOptions(values) : undefined,
    },
  };
}

/** `labels` needs --rows and an --out it can write (.pdf or .xlsx). */
function checkLabelsArgs(values: { rows?: string; out?: string }): void {
  if (values.rows === undefined) throw new CliError("labels needs --rows, e.g. --rows 5,7-9");
  if (values.out === undefined) throw new CliError("labels needs --out LABELS.pdf or --out LABELS.xlsx");
  const output = labelsOutput(values.out);
  if (output !== "pdf" && output !== "xlsx") throw new CliError(output);
}

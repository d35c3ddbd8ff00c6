/**
 * The settings the add-in saved in a workbook (docs/design.md §19). Office keeps an add-in's
 * `context.workbook.settings` in the package as web extension parts
 * (`xl/webextensions/webextension1.xml`): each setting is a `we:property` whose `name` is the
 * key and whose `value` is the setting as JSON text. Only those parts are read, straight from
 * the zip (its end record, central directory and the part itself), so a large workbook is not
 * read twice.
 */
import { open, type FileHandle } from "node:fs/promises";
import { inflateRawSync } from "node:zlib";
import { parseSettings, type SettingsInput } from "../core";
import { ENTRY_SIGNATURE, EOCD_SEARCH, findEndRecord } from "./zip-entries";
import { attributesOf } from "./xlsx-package/xml-text";

/** The key the add-in stores its settings under (src/excel/settings-store.ts SETTINGS_KEY; the CLI may not import src/excel). */
export const STORED_SETTINGS_KEY = "inventoryRows.settings";

const WEB_EXTENSION_PART = /^xl\/webextensions\/webextension\d*\.xml$/i;
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
/** A settings part is a few kilobytes; anything far larger is not one the add-in wrote. */
const PART_LIMIT = 4 * 1024 * 1024;

/** Settings found in a workbook, and a line for each saved value that was left out. */
export interface WorkbookSettings {
  settings: Partial<SettingsInput>;
  warnings: string[];
}

/**
 * The add-in's saved settings in the .xlsx at `file`, validated as the add-in validates them
 * (a bad value falls back to its default, with a warning naming it), or null when the workbook
 * holds none (or its package cannot be read here: the workbook reader then says what is wrong).
 */
export async function readWorkbookSettings(file: string): Promise<WorkbookSettings | null> {
  let stored: string | undefined;
  try {
    stored = await storedValue(file);
  } catch {
    return null;
  }
  return stored === undefined ? null : storedSettings(stored);
}

/** Validates a stored value (JSON text; older writers stored the object as a JSON string). */
export function storedSettings(value: string): WorkbookSettings {
  let parsed: unknown = jsonOr(value, undefined);
  if (typeof parsed === "string") parsed = jsonOr(parsed, undefined);
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    return { settings: {}, warnings: ["the settings saved in the workbook cannot be read; the defaults are used"] };
  }
  const settings: Record<string, unknown> = {};
  const warnings: string[] = [];
  for (const [key, v] of Object.entries(parsed)) {
    // Per read (the add-in never stores them): a stale one would move every address.
    if (key === "origin" || key === "lastUsedRow") continue;
    const one = parseSettings({ [key]: v });
    if (one.success) settings[key] = v;
    else warnings.push(`the workbook's saved setting ${one.errors.join("; ")}; it is left out`);
  }
  // Keys that are fine alone can still clash (two roles on one column): then none of the mapping.
  if (!parseSettings(settings).success && "mapping" in settings) {
    delete settings.mapping;
    warnings.push("the workbook's saved column mapping is not valid; it is left out");
  }
  return { settings: settings as Partial<SettingsInput>, warnings };
}

function jsonOr(text: string, fallback: unknown): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return fallback;
  }
}

/** The raw `value` of the settings property in the workbook's web extension parts, if any. */
async function storedValue(file: string): Promise<string | undefined> {
  const handle = await open(file, "r");
  try {
    for (const entry of await centralDirectory(handle)) {
      if (!WEB_EXTENSION_PART.test(entry.name) || entry.size > PART_LIMIT) continue;
      const value = propertyValue(await partText(handle, entry), STORED_SETTINGS_KEY);
      if (value !== undefined) return value;
    }
    return undefined;
  } finally {
    await handle.close();
  }
}

interface PartEntry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

async function centralDirectory(handle: FileHandle): Promise<PartEntry[]> {
  const { size } = await handle.stat();
  const tailStart = Math.max(0, size - EOCD_SEARCH);
  const tail = await readAt(handle, tailStart, size - tailStart);
  const end = findEndRecord(tail);
  if (end < 0) return [];
  const count = tail.readUInt16LE(end + 10);
  const dir = await readAt(handle, tail.readUInt32LE(end + 16), tail.readUInt32LE(end + 12));
  const entries: PartEntry[] = [];
  for (let at = 0, i = 0; i < count && at + 46 <= dir.length && dir.readUInt32LE(at) === ENTRY_SIGNATURE; i++) {
    const nameLength = dir.readUInt16LE(at + 28);
    entries.push({
      name: dir.toString("utf8", at + 46, at + 46 + nameLength),
      method: dir.readUInt16LE(at + 10),
      compressed: dir.readUInt32LE(at + 20),
      size: dir.readUInt32LE(at + 24),
      offset: dir.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + dir.readUInt16LE(at + 30) + dir.readUInt16LE(at + 32);
  }
  return entries;
}

async function partText(handle: FileHandle, entry: PartEntry): Promise<string> {
  const header = await readAt(handle, entry.offset, 30);
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_HEADER_SIGNATURE) return "";
  const start = entry.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const data = await readAt(handle, start, entry.compressed);
  if (entry.method === 0) return data.toString("utf8");
  if (entry.method !== 8) return "";
  return inflateRawSync(data, { maxOutputLength: PART_LIMIT }).toString("utf8");
}

/** The `value` attribute of the `<we:property name="…">` named `name` in a web extension part. */
export function propertyValue(xml: string, name: string): string | undefined {
  for (const tag of xml.match(/<(?:[\w.-]+:)?property\b[^>]*>/g) ?? []) {
    const attributes = attributesOf(tag);
    if (attributes.get("name") === name && attributes.has("value")) return attributes.get("value");
  }
  return undefined;
}

/**
 * The Settings form's status words (issue 16, docs/design.md §28): the stored `statusMap` as an
 * editable list, each entry's problem in plain words, and the map to store.
 */
import { STATUS_CLASSES, statusKey, statusWordFor, type MessageId, type MessageValues, type StatusClass } from "../core";

export interface StatusEntry {
  word: string;
  cls: StatusClass;
}

/** What is wrong with one entry, as a message id and its values. */
export interface StatusEntryProblem {
  id: MessageId;
  values?: MessageValues;
}

/** As the settings' schema allows (settings.ts). */
const MAX_WORD = 255;
export const MAX_STATUS_WORDS = 500;

export function toStatusEntries(map: Readonly<Record<string, StatusClass>>): StatusEntry[] {
  return Object.entries(map).map(([word, cls]) => ({ word, cls }));
}

/**
 * The problem of each entry (undefined where there is none): an empty word, one too long, or a
 * word listed before (as classifyStatus compares words: case, spaces, hyphens), named so the operator sees which.
 */
export function statusEntryProblems(entries: readonly StatusEntry[]): (StatusEntryProblem | undefined)[] {
  const seen = new Set<string>();
  return entries.map(({ word }) => {
    const key = statusKey(word);
    if (key === "") return { id: "availability-pane-status-empty" };
    if (word.trim().length > MAX_WORD) return { id: "availability-pane-status-too-long" };
    if (seen.has(key)) return { id: "availability-pane-status-twice", values: { word: word.trim() } };
    seen.add(key);
    return undefined;
  });
}

/** Whether the list can be stored as it stands. */
export function statusEntriesValid(entries: readonly StatusEntry[]): boolean {
  return entries.length <= MAX_STATUS_WORDS && statusEntryProblems(entries).every((p) => p === undefined);
}

/** The map to store: each word trimmed, in the order listed. */
export function toStatusMap(entries: readonly StatusEntry[]): Record<string, StatusClass> {
  return Object.fromEntries(entries.map(({ word, cls }) => [word.trim(), cls]));
}

/** The built-in word of each class in the pane's language: the hint beside the list. */
export function builtInStatusWords(tag: string): Record<StatusClass, string[]> {
  const words = (cls: StatusClass) => [statusWordFor(cls, { statusMap: {}, locale: tag })];
  return Object.fromEntries(STATUS_CLASSES.map((cls) => [cls, words(cls)])) as Record<StatusClass, string[]>;
}

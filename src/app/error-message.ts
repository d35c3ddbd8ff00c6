/**
 * Turns anything thrown into one sentence an operator can act on: never a stack
 * trace, never "undefined", never a bare error code. Office error codes are put in plain
 * words by the adapter's one table (`describeOfficeError`). Shared by the pane and the
 * ribbon, so it lives in the app layer.
 */
import { text } from "../core";
import { describeOfficeError, officeErrorSay } from "../excel";
import { sentences, words, type Words } from "./words";

function withStop(sentence: string): string {
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** True for texts that would mean nothing to an operator. */
function isMeaningless(message: string): boolean {
  const trimmed = message.trim();
  return (
    trimmed === "" ||
    /\bundefined\b/.test(trimmed) ||
    /^(undefined|null|NaN|\[object \w+\]|Error|TypeError|ReferenceError)$/i.test(trimmed) ||
    /\bat .+:\d+:\d+\)?$/m.test(trimmed) // a stack frame slipped into a message
  );
}

/** The Office error code on the error or on its cause (`{ code: "ItemNotFound" }`). */
function codeOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && code) return code;
  return codeOf((error as { cause?: unknown }).cause);
}

/** A message that is nothing but an Office error code (`ItemNotFound`). */
function isBareCode(message: string): boolean {
  return /^[A-Z][a-z]+(?:[A-Z][a-z]*)+$/.test(message);
}

/** A bug in our code (`Cannot read properties of undefined`): its text means nothing to an operator. */
export function isProgrammerError(error: unknown): boolean {
  return error instanceof TypeError || error instanceof ReferenceError || error instanceof RangeError || error instanceof SyntaxError;
}

/** True when the error means the user cancelled (an aborted signal). */
export function isCancellation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { name?: unknown }).name === "AbortError";
}

function messageOf(error: unknown): string {
  if (typeof error === "string") return error;
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null) return String((error as { message?: unknown }).message ?? "");
  return "";
}

/**
 * One or two plain sentences for any thrown value.
 * @example toErrorMessage(new Error("C14: the sheet is protected")) // "C14: the sheet is protected."
 */
export function toErrorMessage(error: unknown): string {
  if (isCancellation(error)) return `${text("app-cancelled")} ${text("nothing-changed")}`;
  if (isProgrammerError(error)) return text("app-error-generic");
  const message = messageOf(error).split("\n")[0].trim();
  const code = codeOf(error) ?? (isBareCode(message) ? message : undefined);
  if (code) {
    const detail = message && message !== code && !isMeaningless(message) ? ` ${withStop(message)}` : "";
    return `${describeOfficeError(code)}${detail}`;
  }
  if (isMeaningless(message)) return text("app-error-generic");
  return withStop(message);
}

/**
 * `toErrorMessage` as data when its words are all the catalogue's (a cancellation, a bug, an
 * Office code with no text of its own); undefined when they hold the error's own text.
 */
export function errorWords(error: unknown): Words | undefined {
  if (isCancellation(error)) return sentences(words("app-cancelled"), words("nothing-changed"));
  if (isProgrammerError(error)) return words("app-error-generic");
  const message = messageOf(error).split("\n")[0].trim();
  const code = codeOf(error) ?? (isBareCode(message) ? message : undefined);
  if (code) {
    if (message && message !== code && !isMeaningless(message)) return undefined;
    const said = officeErrorSay(code);
    return { message: describeOfficeError(code), say: [said] };
  }
  return isMeaningless(message) ? words("app-error-generic") : undefined;
}

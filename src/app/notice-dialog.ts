/**
 * A ribbon outcome shown in a small Office dialog when the task pane cannot be shown (an add-in
 * from the Marketplace: Office ignores `showAsTaskpane`, docs/design.md §15). The dialog loads
 * the pane's page with the notice in its query string; the page then shows only the notice.
 */
import type { PaneNotice } from "./pane-events";

const PARAM = "notice";
/** Query strings stay well under what browsers and Office accept. */
const MAX_DETAILS = 10;

/** What the dialog shows: the notice's words, and the language they are in (the page's `lang`). */
export type DialogNotice = Pick<PaneNotice, "intent" | "title" | "message" | "details"> & { lang?: string };

/** A BCP 47 tag as a page's `lang` takes it (`fi-FI`), nothing else. */
const TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/** The dialog's URL: the pane's page (`pageUrl`, absolute, as Office requires) with the notice; `lang` names its language. */
export function noticeDialogUrl(pageUrl: string, notice: PaneNotice, lang?: string): string {
  const url = new URL(pageUrl);
  const { intent, title, message } = notice;
  const details = notice.details?.slice(0, MAX_DETAILS);
  url.search = new URLSearchParams({ [PARAM]: JSON.stringify({ intent, title, message, details, lang }) }).toString();
  url.hash = "";
  return url.toString();
}

/** The notice in a page's query string (`location.search`), or undefined when it holds none or a bad one. */
export function noticeFromSearch(search: string): DialogNotice | undefined {
  const raw = new URLSearchParams(search).get(PARAM);
  if (raw === null) return undefined;
  try {
    const value = JSON.parse(raw) as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === "string" ? v : "");
    const intent = ["success", "info", "warning", "error"].includes(value.intent as string) ? (value.intent as PaneNotice["intent"]) : "info";
    const details = Array.isArray(value.details) ? value.details.map(text).filter(Boolean) : undefined;
    const lang = typeof value.lang === "string" && TAG.test(value.lang) ? { lang: value.lang } : {};
    return { intent, title: text(value.title), message: text(value.message), details, ...lang };
  } catch {
    return undefined;
  }
}

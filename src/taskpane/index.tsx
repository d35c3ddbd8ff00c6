/**
 * The task pane's entry (and, with the shared runtime, the ribbon's). When the script loads it
 * associates the ribbon commands at once (a press before that is dropped: docs/design.md §15);
 * then it waits for Office and in Excel renders the pane. Pane and ribbon share one app, made
 * by whichever needs it first. Outside Excel it shows how to open the add-in; a failure shows a
 * plain message.
 */
import "./no-eval";
import { Component, type ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createInventoryApp, noticeFromSearch, type InventoryApp } from "../app";
import { registerCommands, type ActionRegistry } from "../commands/register";
import { textIn } from "../core";
import { App } from "./App";
import { startupTag } from "./i18n/language-choice";
import { NoticePage } from "./notice-page";
import { OutsideOffice, StartupFailure, type OutsideReason } from "./outside-office";

/** The part of the Office global the entry needs (tests pass a fake). */
export interface OfficeLike {
  onReady(): Promise<{ host: Office.HostType | string | null }>;
  actions?: ActionRegistry;
}

export interface StartOptions {
  office: OfficeLike | undefined;
  container: HTMLElement;
  createApp?: () => InventoryApp;
  /** After this long without an answer from Office, explain how to open the add-in (keeps waiting). */
  waitHintMs?: number;
}

export type StartOutcome = "excel" | "outside" | "failed";

/** One line of an error, for the failure page: no stack, no HTML, bounded length. */
export function errorSummary(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === "string" ? error : "";
  const line = text.split("\n")[0]?.trim() ?? "";
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/**
 * Catches render errors anywhere in the pane (Fluent included) so they end on a failure
 * message, not a blank pane. The fallback is plain elements: it is still inside this boundary,
 * so a fallback that could fail would loop.
 */
class PaneBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };
  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error("unknown error") };
  }
  override render() {
    if (this.state.error === undefined) return this.props.children;
    const details = errorSummary(this.state.error);
    // Plain textIn, not the pane's provider: that may be what failed.
    const tag = startupTag();
    return (
      <main role="alert" style={{ padding: 16, fontFamily: "'Segoe UI', system-ui, sans-serif", fontSize: 14 }}>
        <h1 style={{ fontSize: 16, fontWeight: 600 }}>{textIn(tag, "pane-failed-title")}</h1>
        <p>{textIn(tag, "pane-failed")}</p>
        {details ? <p style={{ color: "#616161", fontSize: 12 }}>{textIn(tag, "pane-details", { details })}</p> : null}
      </main>
    );
  }
}

function show(root: Root, node: ReactNode): void {
  root.render(
    <PaneBoundary>
      <FluentProvider theme={webLightTheme} style={{ minHeight: "100%" }}>
        {node}
      </FluentProvider>
    </PaneBoundary>,
  );
}

/** Starts the pane in `container`; resolves with where it ended up. Never throws. */
export async function start({ office, container, createApp = createInventoryApp, waitHintMs = 10_000 }: StartOptions): Promise<StartOutcome> {
  const root = createRoot(container);
  const outside = (reason: OutsideReason) => show(root, <OutsideOffice reason={reason} />);
  let hint: ReturnType<typeof setTimeout> | undefined;
  try {
    if (!office || typeof office.onReady !== "function") {
      outside({ kind: "no-office" });
      return "outside";
    }
    hint = setTimeout(() => outside({ kind: "waiting" }), waitHintMs);
    const { host } = await office.onReady();
    clearTimeout(hint);
    if (!host) {
      outside({ kind: "no-host" });
      return "outside";
    }
    if (String(host) !== "Excel") {
      outside({ kind: "other-host", host: String(host) });
      return "outside";
    }
    show(root, <App app={createApp()} />);
    return "excel";
  } catch (error) {
    clearTimeout(hint);
    show(root, <StartupFailure details={errorSummary(error)} />);
    return "failed";
  }
}

/** `make` called once, at the first call; every call returns what it made. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * Associates every ribbon command now, synchronously; the first press waits for Office and
 * makes the app through `app`. Returns `app` for the pane to share.
 */
export function associateRibbon(office: OfficeLike | undefined, createApp: () => InventoryApp = createInventoryApp): () => InventoryApp {
  const app = once(createApp);
  if (office?.actions) {
    registerCommands(
      async () => {
        await office.onReady();
        return app();
      },
      office.actions,
      startupTag,
    );
  }
  return app;
}

// Runs when the script loads (as the pane's page and as the ribbon's function file). Tests
// import `start` without Office or a #root element, so nothing is associated or rendered there.
// Loaded in a ribbon command's dialog (its notice in the query string), the page shows only that.
const dialogNotice = typeof location === "undefined" ? undefined : noticeFromSearch(location.search);
const container = typeof document === "undefined" ? null : document.getElementById("root");
if (dialogNotice) {
  if (container) show(createRoot(container), <NoticePage notice={dialogNotice} />);
} else {
  const loadedOffice = typeof Office === "undefined" ? undefined : (Office as unknown as OfficeLike);
  const sharedApp = associateRibbon(loadedOffice);
  if (container) void start({ office: loadedOffice, container, createApp: sharedApp });
}

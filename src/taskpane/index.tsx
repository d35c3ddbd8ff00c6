/**
 * The task pane's entry (and, with the shared runtime, the ribbon's): waits for Office, then
 * in Excel creates the app once, registers the ribbon commands and renders the pane. Outside
 * Excel it shows how to open the add-in; a failure shows a plain message.
 */
import { Component, type ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createInventoryApp, type InventoryApp } from "../app";
import { registerCommands, type ActionRegistry } from "../commands/register";
import { App } from "./App";
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
    return (
      <main role="alert" style={{ padding: 16, fontFamily: "'Segoe UI', system-ui, sans-serif", fontSize: 14 }}>
        <h1 style={{ fontSize: 16, fontWeight: 600 }}>Inventory Rows stopped</h1>
        <p>Something in the pane failed. Close this pane and open it again (Home, Inventory, Show pane). If it happens again, reload Excel.</p>
        {details ? <p style={{ color: "#616161", fontSize: 12 }}>Details: {details}</p> : null}
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
    const app = createApp();
    if (office.actions) registerCommands(app, office.actions);
    show(root, <App app={app} />);
    return "excel";
  } catch (error) {
    clearTimeout(hint);
    show(root, <StartupFailure details={errorSummary(error)} />);
    return "failed";
  }
}

// Self-start in the browser. Tests import `start` without a #root element, so nothing runs there.
const container = typeof document === "undefined" ? null : document.getElementById("root");
if (container) {
  const office = typeof Office === "undefined" ? undefined : (Office as unknown as OfficeLike);
  void start({ office, container });
}

/**
 * A tiny message queue from the ribbon commands to the task pane. Both run in the
 * shared runtime, but the pane may not be mounted (or visible) when a command runs:
 * requests posted while nobody listens wait here and are delivered when the pane
 * subscribes. No React and no Office here, so the ribbon can import it cheaply.
 * It lives in the app layer because both the pane and the ribbon use it.
 */
import type { Say } from "../core";

/** Panels of the pane, in tab order. */
export type PanelId = "check" | "serialize" | "aggregate" | "summary" | "find" | "stocktake" | "labels" | "settings";

export type NoticeIntent = "success" | "info" | "warning" | "error";

/** A message for the operator, shown at the top of the pane until dismissed. */
export interface PaneNotice {
  intent: NoticeIntent;
  title: string;
  message: string;
  /** `message` as data (one entry per sentence), for the pane's language. */
  say?: readonly Say[];
  /** Extra lines, e.g. one per refused row ("C14: quantity is not a whole number"). */
  details?: string[];
  /** Offer the pane's Undo for the action this notice reports. */
  undoable?: boolean;
  /** The reported action wrote to the workbook: to the inventory rows, or elsewhere (the summary sheet). */
  changed?: "inventory" | "elsewhere";
}

export type PaneRequest =
  | { kind: "run-check" }
  /** Open Serialize and preview the selection (large changes are confirmed in the pane). */
  | { kind: "preview-serialize" }
  | { kind: "open-panel"; panel: PanelId }
  /** Open Labels and label the units the last serialize or generate codes created. */
  | { kind: "labels-for-new-units" }
  /** The ribbon's Clear marks cleared them: the Check tab's marks switch goes off. */
  | { kind: "marks-cleared" }
  | { kind: "notice"; notice: PaneNotice; panel?: PanelId };

export type PaneListener = (request: PaneRequest) => void;

/** Notices kept for a pane that is not open; the oldest are dropped first. */
const MAX_PENDING = 20;

let listener: PaneListener | null = null;
let pending: PaneRequest[] = [];

/** Delivers `request` to the pane now, or when it next subscribes. */
export function postToPane(request: PaneRequest): void {
  if (listener) {
    listener(request);
    return;
  }
  pending.push(request);
  if (pending.length > MAX_PENDING) pending = pending.slice(-MAX_PENDING);
}

/** The pane subscribes once while mounted; queued requests arrive first, in order. */
export function subscribeToPaneRequests(next: PaneListener): () => void {
  listener = next;
  const queued = pending;
  pending = [];
  for (const request of queued) next(request);
  return () => {
    if (listener === next) listener = null;
  };
}

/** Requests waiting for the pane (for tests and diagnostics). */
export function pendingPaneRequests(): readonly PaneRequest[] {
  return pending;
}

/** Forgets queued requests and the listener (tests only). */
export function resetPaneRequests(): void {
  listener = null;
  pending = [];
}

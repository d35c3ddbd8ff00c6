/**
 * The task pane's visibility in the shared runtime (SharedRuntime 1.1), minimal:
 * `Office.addin.onVisibilityModeChanged(handler)` resolves with a remover; handlers get
 * `{ visibilityMode: "Hidden" | "Taskpane" }` on every change, delivered asynchronously
 * (on a microtask, so fake timers do not hold them back). `Office.addin.hide()` and
 * `showAsTaskpane()` change the mode, as in Office; a call that does not change it raises
 * nothing. The pane starts shown ("Taskpane") unless the seed says otherwise.
 *
 * Which changes Office reports is undocumented (whether closing the pane fires the event, and
 * the starting state when a ribbon button starts the runtime): the seed's `pane.events` makes
 * the host send every change ("all"), only hides, only shows, or nothing.
 *
 * Tests play the user closing or opening the pane through the host's Office namespace:
 *
 * @example
 * await paneVisibility(host.Office).set("Hidden");   // the user closed the pane (handlers have run)
 * await paneVisibility(host.Office).set("Taskpane"); // … and opened it again
 */
export type VisibilityMode = "Hidden" | "Taskpane";

/** Which visibility changes the host reports to handlers. */
export type VisibilityEvents = "all" | "hide-only" | "show-only" | "none";

type VisibilityHandler = (message: { visibilityMode: VisibilityMode }) => void;

export class PaneVisibility {
  private readonly handlers = new Set<VisibilityHandler>();

  constructor(
    private current: VisibilityMode = "Taskpane",
    private readonly events: VisibilityEvents = "all",
  ) {}

  get mode(): VisibilityMode {
    return this.current;
  }

  /** `Office.addin.onVisibilityModeChanged`. */
  add(handler: VisibilityHandler): Promise<() => Promise<void>> {
    this.handlers.add(handler);
    return Promise.resolve(async () => {
      this.handlers.delete(handler);
    });
  }

  /** Changes the mode; resolves once every handler has been called (at once if nothing changed). */
  async set(mode: VisibilityMode): Promise<void> {
    if (mode === this.current) return;
    this.current = mode;
    if (!this.reports(mode)) return;
    const handlers = [...this.handlers];
    await Promise.resolve();
    for (const handler of handlers) handler({ visibilityMode: mode });
  }

  private reports(mode: VisibilityMode): boolean {
    if (this.events === "all") return true;
    if (this.events === "none") return false;
    return this.events === (mode === "Hidden" ? "hide-only" : "show-only");
  }
}

const byOffice = new WeakMap<object, PaneVisibility>();

/** Links an Office namespace to its visibility (namespaces.ts does this for every host). */
export function attachPaneVisibility(office: object, visibility: PaneVisibility): void {
  byOffice.set(office, visibility);
}

/** The visibility behind a host's Office namespace (`host.Office`). */
export function paneVisibility(office: object): PaneVisibility {
  const visibility = byOffice.get(office);
  if (!visibility) throw new Error("test host: this Office namespace has no pane visibility");
  return visibility;
}

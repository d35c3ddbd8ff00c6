/**
 * The task pane's own visibility in the shared runtime (SharedRuntime 1.1): the page, and
 * with it the ribbon handlers and live check, stays alive after the user closes the pane.
 * The only code that calls `Office.addin`; `src/app` uses it for live check and the ribbon.
 */

/** Called with `true` when the pane is shown, `false` when it is hidden. */
export type PaneVisibilityListener = (visible: boolean) => void;

/** True where the page outlives the pane (shared runtime): only there do visibility events arrive. */
function hasSharedRuntime(): boolean {
  try {
    return (
      typeof Office !== "undefined" &&
      Office.context.requirements.isSetSupported("SharedRuntime", "1.1") &&
      typeof Office.addin?.onVisibilityModeChanged === "function"
    );
  } catch {
    return false;
  }
}

/**
 * Calls `listener` on every change of the pane's visibility; resolves with a function that
 * removes it. Without the shared runtime the pane is the page, so nothing is watched and the
 * pane counts as always shown.
 *
 * @example const stop = await watchPaneVisibility((visible) => (visible ? resume() : pause()));
 */
export async function watchPaneVisibility(listener: PaneVisibilityListener): Promise<() => Promise<void>> {
  if (!hasSharedRuntime()) return async () => undefined;
  // Compared as text: the enum object (`Office.VisibilityMode`) is not there in every host.
  return Office.addin.onVisibilityModeChanged((message) => listener(String(message.visibilityMode) !== "Hidden"));
}

/** Brings the shared-runtime task pane into view (the ribbon's "open the pane"). */
export function showTaskpane(): Promise<void> {
  return Office.addin.showAsTaskpane();
}

/** Opens a small Office dialog on `url` (DialogApi 1.1); rejects when Office cannot open it. */
export function openDialog(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    Office.context.ui.displayDialogAsync(url, { height: 30, width: 25, displayInIframe: true }, (result) => {
      if (String(result.status) === "failed") reject(result.error);
      else resolve();
    });
  });
}

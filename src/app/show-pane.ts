/** Opening the pane from the ribbon, through the app layer (Office.addin is called in src/excel only). */
import { openDialog, showTaskpane } from "../excel";

/**
 * Brings the shared-runtime task pane into view; rejects where the host cannot show it.
 *
 * @example await showPane();
 */
export function showPane(): Promise<void> {
  return showTaskpane();
}

/**
 * Shows `url` in a small Office dialog (the ribbon's outcome when the pane cannot be shown).
 *
 * @example await showDialog(noticeDialogUrl(location.href, notice));
 */
export function showDialog(url: string): Promise<void> {
  return openDialog(url);
}

/** Opening the pane from the ribbon, through the app layer (Office.addin is called in src/excel only). */
import { showTaskpane } from "../excel";

/**
 * Brings the shared-runtime task pane into view; rejects where the host cannot show it.
 *
 * @example await showPane();
 */
export function showPane(): Promise<void> {
  return showTaskpane();
}

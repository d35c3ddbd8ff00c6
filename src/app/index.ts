/** The app layer: the actions the task pane and the ribbon share. */
import { ExcelInventoryApp, type InventoryAppOptions } from "./inventory-app";
import type { InventoryApp } from "./types";

export type * from "./types";
export type { InventoryAppOptions } from "./inventory-app";
export { errorWords, isProgrammerError, toErrorMessage } from "./error-message";
export { sayOfError } from "../excel";
export { cancelledFailure, failure, toFailure } from "./outcomes";
export { sentences, words, type Words } from "./words";
export {
  pendingPaneRequests, postToPane, resetPaneRequests, subscribeToPaneRequests,
  type NoticeIntent, type PaneListener, type PaneNotice, type PaneRequest, type PanelId,
} from "./pane-events";
export { showDialog, showPane } from "./show-pane";
export { noticeDialogUrl, noticeFromSearch, type DialogNotice } from "./notice-dialog";
/** The catalogue's words, for the ribbon (which imports src/app only). */
export { text, type MessageId } from "../core";
export { sayIn, textIn, type MessageValues, type Say } from "../core";

/** The app over the real workbook (Office.js). One per task-pane runtime. */
export function createInventoryApp(options?: InventoryAppOptions): InventoryApp {
  return new ExcelInventoryApp(options);
}

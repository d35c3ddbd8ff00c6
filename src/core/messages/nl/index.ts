/**
 * The NL catalogue: the same keys as English (en/), one file per area as there. A key
 * missing here is shown in English; test/core/message-catalogues.test.ts names it.
 */
import type { Translation } from "../translation";
import { ACTIONS } from "./actions";
import { APP } from "./app";
import { COMMON } from "./common";
import { ENGINE } from "./engine";
import { EXCEL } from "./excel";
import { PLANS } from "./plans";
import { REAL_SHAPES } from "./real-shapes";
import { PANE } from "./pane";
import { SUMMARY } from "./summary";
import { CLI } from "./command-line";
import { LIVE } from "./live";
import { STOCKTAKE } from "./stocktake";
import { STOCKTAKE_PANE } from "./stocktake-pane";
import { AVAILABILITY } from "./availability";
import { AVAILABILITY_SUMMARY } from "./availability-summary";
import { AVAILABILITY_PLANS } from "./availability-plans";
import { AVAILABILITY_PANE } from "./availability-pane";
import { LABELS } from "./labels";
import { LABELS_PANE } from "./labels-pane";
import { MARKS } from "./marks";
import { ENTRY_RULES } from "./entry-rules";
import { ISSUES_EXPORT } from "./issues-export";
import { MARKS_PANE } from "./marks-pane";

export const NL: Translation = { ...ACTIONS, ...APP, ...COMMON, ...ENGINE, ...EXCEL, ...PLANS, ...REAL_SHAPES, ...PANE, ...SUMMARY, ...LIVE, ...STOCKTAKE, ...STOCKTAKE_PANE, ...CLI, ...AVAILABILITY, ...AVAILABILITY_SUMMARY, ...AVAILABILITY_PLANS, ...AVAILABILITY_PANE, ...LABELS, ...LABELS_PANE, ...MARKS, ...ENTRY_RULES, ...ISSUES_EXPORT, ...MARKS_PANE };

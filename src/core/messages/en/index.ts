/**
 * The English catalogue, the source every other language follows: one file per area, so
 * the layers add their words without touching each other's.
 */
import { ACTIONS } from "./actions";
import { APP } from "./app";
import { COMMON } from "./common";
import { ENGINE } from "./engine";
import { EXCEL } from "./excel";
import { PLANS } from "./plans";
import { PANE } from "./pane";
import { REAL_SHAPES } from "./real-shapes";
import { SUMMARY } from "./summary";

export const EN = { ...COMMON, ...ENGINE, ...PLANS, ...EXCEL, ...ACTIONS, ...APP, ...REAL_SHAPES, ...PANE, ...SUMMARY } as const;

export type MessageId = keyof typeof EN;

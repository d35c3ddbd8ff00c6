import type { MessageId } from "../core";

/** A step of an action, as its catalogue id: its words name it in "<step> failed". */
export type StepId = Extract<MessageId, `excel-step-${string}`>;

/** A plain-words error (or cancellation) as a Fluent MessageBar. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { FailureKind } from "../../app";
import { SaidText } from "../i18n/rich-text";
import { useText, type Said } from "../i18n/use-text";
import { keyOf } from "../shown-key";

/** What went wrong: an app Failure as it is, or the pane's own words. */
export interface Problem {
  message: string;
  /** The message as data, shown in the pane's language when present. */
  say?: Said["say"];
  /** Overrides the bar's title when the same bar reports another step (e.g. selecting a cell). */
  title?: string;
  /** A cancellation is information, not an error. */
  kind?: FailureKind;
}

export function ErrorBar({ problem, title }: { problem: Problem | null; title?: string }) {
  const t = useText();
  if (!problem) return null;
  const cancelled = problem.kind === "cancelled";
  return (
    <MessageBar key={keyOf(problem)} intent={cancelled ? "info" : "error"} layout="multiline">
      <MessageBarBody>
        {!cancelled && <MessageBarTitle>{problem.title ?? title ?? t("pane-error-title")}</MessageBarTitle>}{" "}
        <SaidText said={problem} />
      </MessageBarBody>
    </MessageBar>
  );
}

/** A plain-words error (or cancellation) as a Fluent MessageBar. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { keyOf } from "../shown-key";

export interface Problem {
  message: string;
  /** Overrides the bar's title when the same bar reports another step (e.g. selecting a cell). */
  title?: string;
  /** A cancellation is information, not an error. */
  cancelled?: boolean;
}

export function ErrorBar({ problem, title = "That did not work" }: { problem: Problem | null; title?: string }) {
  if (!problem) return null;
  return (
    <MessageBar key={keyOf(problem)} intent={problem.cancelled ? "info" : "error"} layout="multiline">
      <MessageBarBody>
        {!problem.cancelled && <MessageBarTitle>{problem.title ?? title}</MessageBarTitle>}{" "}
        {problem.message}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Last line of defence: a render failure becomes a plain message with a way back, not a blank pane. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Component, type ErrorInfo, type ReactNode } from "react";
import { errorWords, isProgrammerError, sayOfError, toErrorMessage } from "../../app";
import { useSaid, useText, type Said } from "../i18n/use-text";

interface State {
  /** Null while nothing failed; undefined for a bug, whose own text would only confuse. */
  message: Said | null | undefined;
}

/** The words of a thrown value, as data where they are the catalogue's or the error carries them. */
function wordsOf(error: unknown): Said {
  const said = errorWords(error);
  return said ?? { message: toErrorMessage(error), say: sayOfError(error) };
}

function Stopped({ message, onRetry }: { message: Said | undefined; onRetry: () => void }) {
  const t = useText();
  const said = useSaid();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("pane-stopped-title")}</MessageBarTitle>
        {t("pane-stopped", { message: message ? said(message) : t("app-pane-error") })}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onRetry}>
          {t("pane-try-again")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { message: null };

  static getDerivedStateFromError(error: unknown): State {
    // A bug's own text ("Cannot read properties of undefined") would only confuse.
    return { message: isProgrammerError(error) ? undefined : wordsOf(error) };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // Nothing to log to: the message above is what the operator needs.
  }

  override render() {
    if (this.state.message === null) return this.props.children;
    return <Stopped message={this.state.message} onRetry={() => this.setState({ message: null })} />;
  }
}

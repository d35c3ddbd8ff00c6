/** Last line of defence: a render failure becomes a plain message with a way back, not a blank pane. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Component, type ErrorInfo, type ReactNode } from "react";
import { isProgrammerError, toErrorMessage } from "../../app";
import { text } from "../../core";

interface State {
  message: string | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { message: null };

  static getDerivedStateFromError(error: unknown): State {
    // A bug's own text ("Cannot read properties of undefined") would only confuse.
    return { message: isProgrammerError(error) ? text("app-pane-error") : toErrorMessage(error) };
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // Nothing to log to: the message above is what the operator needs.
  }

  override render() {
    if (this.state.message === null) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>The pane stopped working</MessageBarTitle>
          {this.state.message} Your workbook was not changed by this problem. Select Try again; if it keeps happening, reload the add-in.
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={() => this.setState({ message: null })}>
            Try again
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}

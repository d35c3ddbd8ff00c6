/** Renders the pane (or one panel) the way index.tsx does: inside a FluentProvider. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";
import type { InventoryApp } from "../../src/app";
import { App } from "../../src/taskpane/App";
import { RunnerProvider } from "../../src/taskpane/hooks/use-runner";

export function renderWithFluent(ui: ReactElement) {
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <RunnerProvider>{ui}</RunnerProvider>
    </FluentProvider>,
  );
  return { user, ...view };
}

export function renderPane(app: InventoryApp) {
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App app={app} />
    </FluentProvider>,
  );
  return { user, ...view };
}

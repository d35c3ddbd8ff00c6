/** @jest-environment jsdom */
import "./setup-dom";
import { act, renderHook } from "@testing-library/react";
import { pendingPaneRequests, resetPaneRequests, type InventoryApp } from "../../src/app";
import { usePaneShown } from "../../src/taskpane/hooks/use-pane-shown";

function pageVisibility(state: "visible" | "hidden") {
  Object.defineProperty(document, "visibilityState", { configurable: true, get: () => state });
  document.dispatchEvent(new Event("visibilitychange"));
}

test("the pane tells the app it is shown when it mounts and on every visibilitychange, until unmounted", () => {
  const paneShown = jest.fn();
  const app = { paneShown, onPaneShown: () => () => undefined } as unknown as InventoryApp;
  Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "visible" });
  const { unmount } = renderHook(() => usePaneShown(app));
  expect(paneShown.mock.calls).toEqual([[true]]);
  act(() => pageVisibility("hidden"));
  act(() => pageVisibility("visible"));
  expect(paneShown.mock.calls).toEqual([[true], [false], [true]]);
  unmount();
  pageVisibility("hidden");
  expect(paneShown).toHaveBeenCalledTimes(3);
});

test("each time the app says the pane went from hidden to shown, the pane asks for a check", () => {
  resetPaneRequests();
  let shown: () => void = () => undefined;
  const stop = jest.fn();
  const app = { paneShown: jest.fn(), onPaneShown: (listener: () => void) => ((shown = listener), stop) } as unknown as InventoryApp;
  const { unmount } = renderHook(() => usePaneShown(app));
  expect(pendingPaneRequests()).toEqual([]);
  shown();
  expect(pendingPaneRequests()).toEqual([{ kind: "run-check" }]);
  unmount();
  expect(stop).toHaveBeenCalledTimes(1);
});

/** @jest-environment jsdom */
import "./setup-dom";
import { act, renderHook } from "@testing-library/react";
import type { InventoryApp } from "../../src/app";
import { usePaneShown } from "../../src/taskpane/hooks/use-pane-shown";

function pageVisibility(state: "visible" | "hidden") {
  Object.defineProperty(document, "visibilityState", { configurable: true, get: () => state });
  document.dispatchEvent(new Event("visibilitychange"));
}

test("the pane tells the app it is shown when it mounts and on every visibilitychange, until unmounted", () => {
  const paneShown = jest.fn();
  const app = { paneShown } as unknown as InventoryApp;
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

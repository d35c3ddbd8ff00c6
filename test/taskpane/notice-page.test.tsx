/** @jest-environment jsdom */
import "./setup-dom";
import { render, screen } from "@testing-library/react";
import { NoticePage } from "../../src/taskpane/notice-page";

test("the ribbon's dialog shows the outcome as plain text, never as markup", () => {
  render(<NoticePage notice={{ intent: "warning", title: "Nothing to serialize", message: "<img src=x onerror=alert(1)>", details: ["B3: already serialized"] }} />);
  expect(screen.getByRole("alert").textContent).toContain("<img src=x onerror=alert(1)>");
  expect(document.querySelector("img")).toBeNull();
  expect(screen.getByRole("heading", { name: "Nothing to serialize" })).toBeTruthy();
  expect(screen.getByRole("listitem").textContent).toBe("B3: already serialized");
});

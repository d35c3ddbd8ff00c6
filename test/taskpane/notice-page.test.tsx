/** @jest-environment jsdom */
import "./setup-dom";
import { render, screen } from "@testing-library/react";
import { noticeDialogUrl, noticeFromSearch } from "../../src/app";
import { NoticePage } from "../../src/taskpane/notice-page";

test("the ribbon's dialog shows the outcome as plain text, never as markup", () => {
  render(<NoticePage notice={{ intent: "warning", title: "Nothing to serialize", message: "<img src=x onerror=alert(1)>", details: ["B3: already serialized"] }} />);
  expect(screen.getByRole("alert").textContent).toContain("<img src=x onerror=alert(1)>");
  expect(document.querySelector("img")).toBeNull();
  expect(screen.getByRole("heading", { name: "Nothing to serialize" })).toBeTruthy();
  expect(screen.getByRole("listitem").textContent).toBe("B3: already serialized");
});

test("the dialog's page names the language of its words; a value that is no language tag is dropped", () => {
  const url = noticeDialogUrl("https://localhost/taskpane.html", { intent: "info", title: "Otsikko", message: "Viesti" }, "fi-FI");
  const notice = noticeFromSearch(new URL(url).search);
  expect(notice).toEqual({ intent: "info", title: "Otsikko", message: "Viesti", lang: "fi-FI" });
  render(<NoticePage notice={notice!} />);
  expect(screen.getByRole("status").getAttribute("lang")).toBe("fi-FI");
  const odd = noticeDialogUrl("https://localhost/taskpane.html", { intent: "info", title: "", message: "m" }, "fi\" onload=\"x");
  expect(noticeFromSearch(new URL(odd).search)).not.toHaveProperty("lang");
});

import { parseSettings } from "../../src/core";
import { statusEntriesValid, statusEntryProblems, toStatusEntries, toStatusMap } from "../../src/taskpane/status-map-draft";

test("the stored map becomes entries in its order, and entries the map to store, words trimmed", () => {
  const entries = toStatusEntries({ Hired: "out", Lost: "unavailable" });
  expect(entries).toEqual([{ word: "Hired", cls: "out" }, { word: "Lost", cls: "unavailable" }]);
  expect(toStatusMap([...entries, { word: "  On the shelf ", cls: "available" }])).toEqual({ Hired: "out", Lost: "unavailable", "On the shelf": "available" });
});

test("each problem names its entry: empty, too long, or a word listed before in any case or Unicode form", () => {
  const problems = statusEntryProblems([
    { word: "Café", cls: "out" },
    { word: " ", cls: "out" },
    { word: "x".repeat(256), cls: "out" },
    { word: "CAFE\u0301", cls: "available" },
    { word: "Lost", cls: "unavailable" },
  ]);
  expect(problems).toEqual([
    undefined,
    { id: "availability-pane-status-empty" },
    { id: "availability-pane-status-too-long" },
    { id: "availability-pane-status-twice", values: { word: "CAFE\u0301" } },
    undefined,
  ]);
});

test("a word listed before with other spaces, hyphens or underscores is listed twice, as classifyStatus compares words", () => {
  const problems = statusEntryProblems([
    { word: "Checked out", cls: "out" },
    { word: "checked   out", cls: "available" },
    { word: "Checked-out", cls: "available" },
    { word: "checked_out", cls: "available" },
  ]);
  expect(problems).toEqual([
    undefined,
    { id: "availability-pane-status-twice", values: { word: "checked   out" } },
    { id: "availability-pane-status-twice", values: { word: "Checked-out" } },
    { id: "availability-pane-status-twice", values: { word: "checked_out" } },
  ]);
});

test("what the form lets through, the settings' schema stores; more than 500 words are not let through", () => {
  const entries = Array.from({ length: 500 }, (_, i) => ({ word: `w${i}`, cls: "out" as const }));
  expect(statusEntriesValid(entries)).toBe(true);
  expect(parseSettings({ statusMap: toStatusMap(entries) }).success).toBe(true);
  expect(statusEntriesValid([...entries, { word: "one more", cls: "out" }])).toBe(false);
  expect(statusEntriesValid([{ word: "", cls: "out" }])).toBe(false);
});

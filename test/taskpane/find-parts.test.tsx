/** @jest-environment jsdom */
/** Issue 13: a code held by several parts (codes unique within a part) — find asks which part was meant. */
import "./setup-dom";
import { screen } from "@testing-library/react";
import { fakeApp, success } from "./fake-app";
import { renderPane } from "./render-pane";

const HEADERS = ["Part", "Serial", "Quantity"];
const PARTS = [{ part: "Drill", address: "Inventory!A3" }, { part: "Saw", address: "Inventory!A5" }];

test("a serial in two parts shows the first and offers the other; picking it finds that part's row", async () => {
  const app = fakeApp();
  app.findByCode.mockImplementation(async (_code: string, part?: string) =>
    success(part === "Saw"
      ? { found: true, row: 4, address: "Inventory!A5", headers: HEADERS, record: ["Saw", "2", 1], parts: PARTS }
      : { found: true, row: 2, address: "Inventory!A3", headers: HEADERS, record: ["Drill", "2", 1], parts: PARTS }),
  );
  const { user } = renderPane(app);
  await user.click(screen.getByRole("tab", { name: "Find" }));
  await user.click(screen.getByRole("searchbox", { name: "Stock code" }));
  await user.keyboard("2{Enter}");
  expect(await screen.findByRole("region", { name: "Record at A3" })).toHaveTextContent("Part:Drill");
  expect(screen.getByText("2 is in 2 parts; showing Drill. Which part did you mean?")).toBeInTheDocument();

  await user.click(screen.getByRole("button", { name: "Saw" }));
  expect(await screen.findByRole("region", { name: "Record at A5" })).toHaveTextContent("Part:Saw");
  expect(app.findByCode).toHaveBeenLastCalledWith("2", "Saw");
  expect(screen.getByText("2 is in 2 parts; showing Saw. Which part did you mean?")).toBeInTheDocument();
  expect(screen.getByRole("button", { name: "Drill" })).toBeInTheDocument();
});

test("a code in one part shows no question", async () => {
  const app = fakeApp();
  app.findByCode.mockResolvedValue(success({ found: true, row: 1, address: "Inventory!A2", headers: HEADERS, record: ["Drill", "1", 1] }));
  const { user } = renderPane(app);
  await user.click(screen.getByRole("tab", { name: "Find" }));
  await user.click(screen.getByRole("searchbox", { name: "Stock code" }));
  await user.keyboard("1{Enter}");
  await screen.findByRole("region", { name: "Record at A2" });
  expect(screen.queryByText(/Which part did you mean/)).toBeNull();
  expect(app.findByCode).toHaveBeenLastCalledWith("1");
});

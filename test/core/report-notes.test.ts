import { text } from "../../src/core";

test("the note for cells outside the inventory names the first and counts the rest", () => {
  expect(text("outside-inventory-ignored", { address: "XFD1048576", more: 0 })).toBe("A value at XFD1048576, outside the inventory, was ignored.");
  expect(text("outside-inventory-ignored", { address: "Z9", more: 1 })).toBe("A value at Z9 and 1 more cell, outside the inventory, were ignored.");
  expect(text("outside-inventory-ignored", { address: "Z9", more: 4 })).toBe("A value at Z9 and 4 more cells, outside the inventory, were ignored.");
});

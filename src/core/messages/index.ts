export { text, textOf, say, type MessageId, type MessageValues, type Say } from "./format";
export { EN } from "./en";

/** `select` (also `searchable`, which only changes the widget): one value from the options. */
import { singleChoice } from "./choice";

export const select = singleChoice("select");

/** `radio`: one value from the options. */
import { singleChoice } from "./choice";

export const radio = singleChoice("radio");

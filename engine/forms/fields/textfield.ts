/** `textfield`: a single-line string (see text.ts for normalisation and rules). */
import { textType } from "./text";

export const textfield = textType("textfield");

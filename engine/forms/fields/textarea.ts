/** `textarea`: multi-line string; inner line breaks are kept, the ends trimmed. */
import { textType } from "./text";

export const textarea = textType("textarea");

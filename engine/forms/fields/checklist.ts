/** `checklist`: the list of ticked option values. */
import { multiChoice } from "./choice";

export const checklist = multiChoice("checklist");

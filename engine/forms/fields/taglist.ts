/** `taglist`: the list of chosen option values (free text is not allowed in form-js either). */
import { multiChoice } from "./choice";

export const taglist = multiChoice("taglist");

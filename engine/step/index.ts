export { start, step, type StartInput } from "./step";
export {
  StepError,
  type Command,
  type Effect,
  type Environment,
  type OpenTask,
  type StepResult,
  type DossierRunStatus,
} from "./types";
export { contexts, prefixOf, findTask, findTimer, findSubscription } from "./tree";

/** Every `/api/v1` endpoint, in the order the OpenAPI document lists them. */
import type { Endpoint } from "../endpoint";
import { adminEndpoints } from "./admin";
import { authEndpoints } from "./auth";
import { dossierEndpoints } from "./dossiers";
import { procedureEndpoints } from "./procedures";
import { taskEndpoints } from "./tasks";

export const ENDPOINTS: readonly Endpoint[] = [
  ...authEndpoints,
  ...adminEndpoints,
  ...procedureEndpoints,
  ...dossierEndpoints,
  ...taskEndpoints,
];

import type { FormSchema, OrgUnit } from "@/engine/model/types";

/** The organisation as the studio needs it: tiers for the tier picker, unit kinds for agencies, units for Try it. */
export interface StudioOrg {
  levels: string[];
  kinds: string[];
  units: OrgUnit[];
}

/** What the editor page hands the client workbench (plain JSON). */
export interface DraftProps {
  id: string;
  name: string;
  bpmn: string;
  forms: FormSchema[];
  revision: number;
  isDraft: boolean;
  versions: PublishedVersion[];
}

/** A published version as the versions panel lists it. */
export interface PublishedVersion {
  version: number;
  publishedAt: string;
  note: string | null;
}

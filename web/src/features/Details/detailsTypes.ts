import type { Basis, EntityType, GraphEdge, OrganisationKind, ProvenanceData } from '../../models/types';

/** The answer of `buildEntityDetailsOperation`. */
export interface EntityDetailsAnswer {
  node: EntityDetails | null;
  neighbourhood: {
    nodes: { id: string; type: EntityType; label: string }[];
    edges: GraphEdge[];
    totalCount: number;
    omittedCount: number;
  } | null;
}

export interface EntityDetails {
  id: string;
  type: EntityType;
  name: string;
  nameEn: string;
  nameFr: string;
  aliases: string[];
  description: string | null;
  degree: number;
  provenance: ProvenanceData;
  // Person
  roles?: {
    id: string;
    title: string | null;
    organisation: { id: string; name: string };
    provenance: ProvenanceData;
  }[];
  appearances?: {
    id: string;
    order: number;
    contribution: string | null;
    session: { id: string; name: string; startTime: string; endTime: string | null };
    provenance: ProvenanceData;
  }[];
  // Organisation
  kind?: OrganisationKind;
  kindBasis?: Basis;
  url?: string | null;
  countries?: { id: string; name: string }[];
  // Country
  code?: string;
  // Session
  sessionKind?: 'WELCOME' | 'INTRODUCTION' | 'TALK' | 'SESSION' | 'DEBATE' | 'BREAK' | 'SYNTHESIS' | 'MEAL';
  order?: number;
  startTime?: string | null;
  endTime?: string | null;
  theme?: string | null;
  event?: { id: string; name: string; date: string } | null;
  // Event
  date?: string;
  eventStartTime?: string | null;
  format?: string | null;
  address?: string | null;
  city?: string | null;
  country?: { id: string; name: string } | null;
}

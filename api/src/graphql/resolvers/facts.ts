import { citationLabel } from '../../domain/citationLabel';
import { inLanguage } from '../../domain/language';
import type { CitationModel } from '../../data/models';
import type {
  AppearanceResolvers,
  CitationResolvers,
  ProvenanceResolvers,
  RoleResolvers,
} from '../../generated/graphql';

// Relationships shown as objects, and where facts come from.

export const Role: RoleResolvers = {
  title: (role, { lang }) => inLanguage(lang, role.titleEn, role.titleFr),
};

export const Appearance: AppearanceResolvers = {
  contribution: (appearance, { lang }) => inLanguage(lang, appearance.contributionEn, appearance.contributionFr),
};

export const Provenance: ProvenanceResolvers = {
  // A citation whose source is not in the graph cannot be shown; the others still are.
  citations: async (provenance, _args, { loaders }) =>
    (await Promise.all(provenance.citations.map((key) => loaders.citation.load(key)))).filter(
      (citation): citation is CitationModel => citation !== null,
    ),
};

export const Citation: CitationResolvers = {
  label: (citation) => citationLabel(citation),
};

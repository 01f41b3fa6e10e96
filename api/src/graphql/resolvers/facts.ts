import { citationLabel } from '../../domain/citationLabel';
import { inLanguage } from '../../domain/language';
import type {
  AppearanceResolvers,
  CitationResolvers,
  ProvenanceResolvers,
  RoleResolvers,
  SourceResolvers,
} from '../../generated/graphql';

// Relationships shown as objects, and where facts come from.

export const Role: RoleResolvers = {
  title: (role, { lang }) => inLanguage(lang, role.titleEn, role.titleFr),
};

export const Appearance: AppearanceResolvers = {
  contribution: (appearance, { lang }) => inLanguage(lang, appearance.contributionEn, appearance.contributionFr),
};

export const Provenance: ProvenanceResolvers = {
  // A citation whose source is not in the graph cannot be shown; the others still are. Each
  // carries the fact's quote of it (`"<citation>: <words>"`), which belongs to the fact, not the passage.
  citations: async (provenance, _args, { loaders }) =>
    (await Promise.all(provenance.citations.map((key) => loaders.citation.load(key)))).flatMap((citation, i) => {
      if (citation === null) return [];
      const key = provenance.citations[i] ?? '';
      const quoted = provenance.quotes.find((quote) => quote.startsWith(`${key}: `));
      return [{ ...citation, quote: quoted === undefined ? null : quoted.slice(key.length + 2) }];
    }),
};

export const Source: SourceResolvers = {
  dataset: (source, _args, { loaders }) => (source.datasetId === null ? null : loaders.dataset.load(source.datasetId)),
};

export const Citation: CitationResolvers = {
  label: (citation) => citationLabel(citation),
};

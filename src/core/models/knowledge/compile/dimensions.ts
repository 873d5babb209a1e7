// Openness dimensions (training code, training data, documentation) read from EOSAI grades and MOF
// components, for entries that do not state them.
import type { Availability } from '../../../types';
import type { EosaiDimension } from '../types';
import type { MofEvaluation } from './mof';

export type Grade = 'open' | 'partial' | 'closed' | null;
export type Dimension = 'trainingCode' | 'trainingData' | 'documentation';

/** All open -> open, all closed -> closed, a mix -> partial; ungraded dimensions are ignored. */
function combine(grades: readonly Grade[]): Availability {
  const known = grades.filter((g): g is Exclude<Grade, null> => g !== null);
  if (!known.length) return 'unknown';
  if (known.every((g) => g === 'open')) return 'open';
  if (known.every((g) => g === 'closed')) return 'closed';
  return 'partial';
}

const EOSAI_SOURCES: Record<Dimension, readonly EosaiDimension[]> = {
  trainingCode: ['trainingCode'],
  trainingData: ['baseData', 'endData'],
  documentation: ['codeDocumentation', 'architecture', 'preprint', 'paper', 'modelCard', 'datasheet'],
};

export function fromEosai(grades: Readonly<Record<EosaiDimension, Grade>>, dimension: Dimension): Availability {
  return combine(EOSAI_SOURCES[dimension].map((d) => grades[d]));
}

const DOCUMENTS = ['Model card', 'Data card', 'Technical report', 'Research paper'];

function fromOneMof(evaluation: MofEvaluation, dimension: Dimension): Availability {
  const state = (component: string): Exclude<Grade, null> =>
    evaluation.open.has(component) ? 'open' : component in evaluation.components ? 'partial' : 'closed';
  if (dimension === 'trainingCode') return state('Training code');
  if (dimension === 'trainingData') return state('Datasets');
  const included = DOCUMENTS.filter((d) => d in evaluation.components).length;
  return included === DOCUMENTS.length ? 'open' : included === 0 ? 'closed' : 'partial';
}

const RANK: Record<Availability, number> = { open: 3, partial: 2, closed: 1, unknown: 0 };

/** The most open reading among several MOF releases of a family. */
export function fromMof(evaluations: readonly MofEvaluation[], dimension: Dimension): Availability {
  return evaluations.map((e) => fromOneMof(e, dimension))
    .reduce<Availability>((best, a) => (RANK[a] > RANK[best] ? a : best), 'unknown');
}

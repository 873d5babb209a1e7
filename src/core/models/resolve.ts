// Resolves a model named in code against the knowledge base: where it comes from, its licence and
// verdict, and the evidence behind them. A model the knowledge base does not know is `unknown` unless
// its own files on this machine (a GGUF header, a cached model card) state its licence.
import { assessLicense, fromHuggingFaceLicense } from '../licenses';
import type { EngineContext } from '../context';
import type { Evidence, KnownModelSummary, Verdict } from '../types';
import type { ModelReference } from './detector';
import { ggufReleaseName, normaliseProvider } from './knowledge/idForms';
import type { KnownModel, MatchForm, ModelIndex, ModelMatch } from './knowledge/types';
import { localModelEvidence, type LocalModelEvidence } from './local';

export interface ModelResolution {
  /** Where the model comes from: 'huggingface', 'openai', 'anthropic', 'google', 'ollama', 'gguf', … */
  readonly ecosystem: string;
  /** SPDX id or LicenseRef-… of the weights; null for API-only models and unknown ones without local evidence. */
  readonly license: string | null;
  readonly verdict: Verdict;
  readonly evidence: readonly Evidence[];
  /** Why the verdict, in one clause. */
  readonly reason: string;
  readonly model?: KnownModelSummary;
}

const NOT_KNOWN = "not in Openness's model knowledge base";

/** The knowledge base's verdict, then what local caches (Hugging Face model cards, Ollama) add. */
export async function resolveModel(reference: ModelReference, context: EngineContext): Promise<ModelResolution> {
  const resolution = resolveWithIndex(await context.models.load(), reference);
  const local = await localModelEvidence(reference, context);
  return local ? withLocalEvidence(resolution, local) : resolution;
}

function withLocalEvidence(resolution: ModelResolution, local: LocalModelEvidence): ModelResolution {
  const evidence = [...resolution.evidence, local.evidence];
  if (resolution.model || !local.license) return { ...resolution, evidence };
  return { ...resolution, evidence, ...verdictOfLocalWeights(local.license, local.evidence.source === 'model-card' ? 'its model card' : 'its local files') };
}

/**
 * A model the knowledge base does not know, whose weights are on this machine with a licence stated
 * by its own files: the weights are downloadable by definition, so the licence decides — evidence,
 * not a guess from the name.
 */
function verdictOfLocalWeights(license: string, where: string): Pick<ModelResolution, 'license' | 'verdict' | 'reason'> {
  const assessment = assessLicense(license);
  const verdict = assessment.verdict;
  const reason =
    verdict === 'unknown'
      ? `${NOT_KNOWN}; ${where} name a licence Openness does not recognise (${license})`
      : `weights on this machine under ${assessment.reason} (stated by ${where}); ${NOT_KNOWN}`;
  return { license: assessment.expression, verdict, reason };
}

/** What the knowledge base, and facts the reference carries from a local file (a GGUF header), say. */
function resolveWithIndex(index: ModelIndex, reference: ModelReference): ModelResolution {
  const local = reference.localEvidence;
  const match = index.match(reference.id, reference.provider) ?? (local?.name ? index.match(releaseName(local.name)) : undefined);
  const localLicense = local?.license ? fromHuggingFaceLicense(local.license) : null;
  if (!match) {
    const evidence: Evidence[] = local ? [{ source: 'model-file', detail: local.detail }] : [];
    const base = local?.baseModel ? index.match(local.baseModel) : undefined;
    if (base) {
      evidence.push({ source: 'knowledge-base', detail: `based on ${base.model.name} (${base.model.verdict}: ${base.model.reason}); a derivative is not the same model, so its own verdict is unknown` });
    }
    const unknown = { ecosystem: ecosystemOf(reference, undefined), license: localLicense, verdict: 'unknown', evidence, reason: NOT_KNOWN } as const;
    return localLicense ? { ...unknown, ...verdictOfLocalWeights(localLicense, 'its GGUF header') } : unknown;
  }
  const { model } = match;
  const evidence: Evidence[] = [{ source: 'knowledge-base', detail: describe(match) }];
  if (model.eosai) evidence.push({ source: 'knowledge-base', detail: describeEosai(model) });
  if (model.mof.length) evidence.push({ source: 'knowledge-base', detail: describeMof(model, match.key) });
  if (model.fmti) {
    const { developer, edition, score, of } = model.fmti;
    evidence.push({ source: 'knowledge-base', detail: `Foundation Model Transparency Index (${edition}): ${developer} discloses ${score} of ${of} indicators` });
  }
  if (local) {
    const differs = localLicense !== null && model.license !== null && localLicense.toLowerCase() !== model.license.toLowerCase();
    evidence.push({ source: 'model-file', detail: differs ? `${local.detail} (the knowledge base has ${model.license})` : local.detail });
  }
  return { ecosystem: ecosystemOf(reference, match), license: model.license, verdict: model.verdict, evidence, reason: model.reason, model: summarise(model, index) };
}

/** `Meta Llama 3.1 8B Instruct` (a GGUF `general.name`) -> `meta-llama-3.1-8b-instruct`. */
function releaseName(name: string): string {
  return name.trim().replace(/\s+/g, '-');
}

const FORM_WORDS: Record<MatchForm, string> = {
  'huggingface': 'Hugging Face id',
  'api': 'API model id',
  'api-prefix': 'versioned API id',
  'ollama': 'Ollama model',
  'gguf': 'GGUF file name',
  'release-name': 'release name',
};

function describe({ model, form, key }: ModelMatch): string {
  const note = model.note ? ` ${model.note}` : '';
  return `${model.name} (${FORM_WORDS[form]} "${key}"): ${model.reason}.${note}`;
}

function describeEosai(model: KnownModel): string {
  const { name, grades } = model.eosai!;
  /** Base and end (user-facing) model grades, once when they agree. */
  const pair = (base: string | null, end: string | null) => (base === end ? base ?? 'ungraded' : `${base ?? 'ungraded'} (base) / ${end ?? 'ungraded'} (end model)`);
  return `European Open Source AI Index, ${name} (osai-index.eu): weights ${pair(grades.baseWeights, grades.endWeights)}, ` +
    `training data ${pair(grades.baseData, grades.endData)}, training code ${grades.trainingCode ?? 'ungraded'}, licence ${grades.license ?? 'ungraded'}`;
}

function describeMof(model: KnownModel, key: string): string {
  // The release the id names first, if a MOF record covers it.
  const releases = [...model.mof].sort((a, b) => Number(b.huggingface?.toLowerCase() === key) - Number(a.huggingface?.toLowerCase() === key));
  const shown = releases.slice(0, 3).map((r) => `${r.name} ${r.mofClass ? `Class ${r.mofClass}` : 'unclassified'}`);
  const more = releases.length > 3 ? ` and ${releases.length - 3} more` : '';
  return `Model Openness Framework: ${shown.join(', ')}${more}`;
}

function summarise(model: KnownModel, index: ModelIndex): KnownModelSummary {
  return {
    id: model.id,
    name: model.name,
    producer: model.producer,
    capability: model.capability,
    openness: model.openness,
    reason: model.reason,
    alternatives: index.alternativesFor(model).map((m) => (m.usage ? `${m.name} (${m.usage})` : m.name)),
    sources: model.sources,
  };
}

const HUB_ID = /^[\w.-]+\/[\w.-]+$/;

/** The call site's provider first, then what the id says (a router prefix, its form), then the model's own API. */
function ecosystemOf(reference: ModelReference, match: ModelMatch | undefined): string {
  const stated = normaliseProvider(reference.provider);
  if (stated) return stated;
  if (match?.provider) return match.provider;
  const id = reference.id.trim();
  switch (match?.form) {
    case 'huggingface': return 'huggingface';
    case 'ollama': return 'ollama';
    case 'gguf': return 'gguf';
    case 'api':
    case 'api-prefix': return match.model.provider ?? (match.model.match.huggingface.length ? 'huggingface' : 'unknown');
    case 'release-name': return HUB_ID.test(id) ? 'huggingface' : match.model.provider ?? 'huggingface';
    case undefined:
      if (ggufReleaseName(id.toLowerCase())) return 'gguf';
      return HUB_ID.test(id) ? 'huggingface' : 'unknown';
  }
}

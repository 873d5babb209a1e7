// Compiles the knowledge base's YAML (data/curated, data/derived) into dist/data/models.json: validates
// every file against data/schema.json, checks references across files, fills dimensions from EOSAI and
// MOF, computes verdicts, OSAID and MOF classes, and resolves match keys. Build time only: the runtime
// loads the JSON and never imports this module.
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Availability, ModelOpenness } from '../../../types';
import schema from '../data/schema.json';
import { buildIndex } from '../match';
import {
  CAPABILITIES, KNOWLEDGE_FORMAT, type Capability, type CompiledKnowledge, type EosaiDimension, type FmtiScore, type KnownModel,
  type KnownVerdict, type MatchKeys, type MofRelease,
} from '../types';
import { fromEosai, fromMof, type Dimension, type Grade } from './dimensions';
import { expandBraces } from './expand';
import { bestClass, evaluateMof, PROPRIETARY, type MofEvaluation, type MofFramework, type MofRecord } from './mof';
import { SchemaValidator, type JsonSchema } from './schemaValidator';
import {
  isKnownLicense, licenseAvailability, licenseName, licenseVerdict, osaidOf, reasonFor, verdictOf, type LicenseText, type Weights,
} from './verdict';

/** A data file, its path relative to the data folder with forward slashes (`curated/openai.yaml`). */
export interface DataFile {
  readonly path: string;
  readonly text: string;
}

export interface KnowledgeStats {
  readonly entries: number;
  readonly curated: number;
  readonly derived: number;
  readonly byVerdict: Readonly<Record<KnownVerdict, number>>;
  readonly byCapability: Readonly<Record<Capability, number>>;
  /** API ids listed in derived/api-ids.yaml, per provider: how many the knowledge base recognises. */
  readonly apiCoverage: Readonly<Record<string, { readonly total: number; readonly recognised: number }>>;
}

export interface CompileResult {
  /** Null when there are problems. */
  readonly knowledge: CompiledKnowledge | null;
  /** Fatal: `curated/openai.yaml:12:7: models[3].weights: must be one of …`. */
  readonly problems: readonly string[];
  /** Worth a look, not fatal: unrecognised API ids, ambiguous derived keys dropped. */
  readonly notes: readonly string[];
  readonly stats: KnowledgeStats | null;
}

type Path = readonly (string | number)[];

interface Parsed {
  readonly path: string;
  readonly doc: Document;
  readonly lines: LineCounter;
  readonly value: unknown;
}

const FILE_KINDS: readonly [RegExp, string][] = [
  [/^curated\/licenses\.yaml$/, 'licensesFile'],
  [/^curated\/alternatives\.yaml$/, 'alternativesFile'],
  [/^curated\/[\w.-]+\.yaml$/, 'modelsFile'],
  [/^derived\/eosai\.yaml$/, 'eosaiFile'],
  [/^derived\/mof\.yaml$/, 'mofFile'],
  [/^derived\/mof-framework\.yaml$/, 'mofFrameworkFile'],
  [/^derived\/api-ids\.yaml$/, 'apiIdsFile'],
  [/^derived\/fmti\.yaml$/, 'fmtiFile'],
];
const REQUIRED_FILES = ['curated/licenses.yaml', 'curated/alternatives.yaml', 'derived/eosai.yaml', 'derived/mof.yaml',
  'derived/mof-framework.yaml', 'derived/api-ids.yaml', 'derived/fmti.yaml'];

// Shapes of the validated YAML.
interface EntryData {
  id: string; name: string; producer: string; capability: Capability; provider?: string;
  license: string | null; weights: Weights;
  trainingCode?: Availability; trainingData?: Availability; documentation?: Availability;
  eosai?: string; mof?: string[];
  match?: Partial<Record<'huggingface' | 'ids' | 'prefixes' | 'ollama' | 'names', string[]>>;
  note?: string; links?: string[]; sources: string[];
}
interface EosaiRecord {
  file: string; name: string; organisation: string; capability: Capability; link: string | null;
  license: string | null; huggingface: string[]; grades: Record<EosaiDimension, Grade>;
}
interface MofRecordData extends MofRecord {
  file: string; producer: string; capability: Capability; huggingface: string | null;
}

/** An entry on its way to the output: curated (tier 0) or generated from an unclaimed record (tier 1). */
interface Draft {
  readonly data: EntryData;
  readonly file: Parsed;
  readonly at: Path;
  readonly derived: boolean;
}

type Namespace = 'exact' | 'prefixes' | 'ollama' | 'names';
interface Claim { readonly draft: Draft; readonly tier: number; readonly form: keyof MatchKeys }

/** Each `match` field of an entry: the namespace its keys are claimed in, and the compiled form they go to. */
const MATCH_GROUPS: readonly (readonly [keyof NonNullable<EntryData['match']>, Namespace, keyof MatchKeys])[] = [
  ['huggingface', 'exact', 'huggingface'], ['ids', 'exact', 'api'], ['prefixes', 'prefixes', 'prefixes'],
  ['ollama', 'ollama', 'ollama'], ['names', 'names', 'names'],
];

export function compileKnowledge(files: readonly DataFile[]): CompileResult {
  const problems: string[] = [];
  const notes: string[] = [];
  const fail = (): CompileResult => ({ knowledge: null, problems, notes, stats: null });
  const report = (file: Parsed, at: Path, message: string) => problems.push(`${locate(file, at)}: ${formatPath(at)}${message}`);

  // 1. Parse and validate every file against its schema definition.
  const validator = new SchemaValidator(schema as JsonSchema);
  const parsed = new Map<string, Parsed>();
  const models: Parsed[] = [];
  for (const { path, text } of files) {
    const kind = FILE_KINDS.find(([re]) => re.test(path))?.[1];
    if (!kind) {
      problems.push(`${path}: not a knowledge-base data file (expected curated/*.yaml or derived/{eosai,mof,mof-framework,api-ids,fmti}.yaml)`);
      continue;
    }
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
    const file: Parsed = { path, doc, lines, value: doc.toJS() };
    if (doc.errors.length) {
      for (const e of doc.errors) problems.push(`${path}:${e.linePos?.[0].line ?? 1}:${e.linePos?.[0].col ?? 1}: ${e.message.split('\n')[0]}`);
      continue;
    }
    for (const v of validator.validate(file.value, kind)) report(file, v.path, v.message);
    if (kind === 'modelsFile') models.push(file);
    else parsed.set(path, file);
  }
  for (const required of REQUIRED_FILES) if (!parsed.has(required) && !problems.some((p) => p.startsWith(required))) problems.push(`${required}: missing`);
  if (problems.length) return fail();

  const valueOf = <T>(path: string) => parsed.get(path)!.value as T;
  const framework = valueOf<MofFramework>('derived/mof-framework.yaml');
  const licenses = new Map(Object.entries(valueOf<{ licenses: Record<string, LicenseText & { url?: string }> }>('curated/licenses.yaml').licenses));
  const licensesFile = parsed.get('curated/licenses.yaml')!;
  const eosaiFile = parsed.get('derived/eosai.yaml')!;
  const eosai = new Map(Object.entries((eosaiFile.value as { records: Record<string, EosaiRecord> }).records));
  const mofFile = parsed.get('derived/mof.yaml')!;
  const mof = new Map(Object.entries((mofFile.value as { records: Record<string, MofRecordData> }).records));
  const fmti = valueOf<{ edition: string; indicators: number; developers: Record<string, number> }>('derived/fmti.yaml');
  /** FMTI scores developers; a producer matches its name, or its name followed by more words (`Mistral AI`). */
  const fmtiOf = (producer: string): FmtiScore | null => {
    const developer = Object.keys(fmti.developers).find((d) => producer === d || producer.startsWith(`${d} `));
    return developer ? { developer, edition: fmti.edition, score: fmti.developers[developer], of: fmti.indicators } : null;
  };

  // 2. MOF classes for every record.
  const evaluations = new Map<string, MofEvaluation>();
  for (const [key, record] of mof) {
    try {
      evaluations.set(key, evaluateMof(record, framework));
    } catch (e) {
      report(mofFile, ['records', key], (e as Error).message);
    }
  }

  // 3. Curated entries and the records they claim.
  const drafts: Draft[] = [];
  const ids = new Map<string, Draft>();
  const claimedEosai = new Map<string, Draft>();
  const claimedMof = new Map<string, Draft>();
  for (const file of models) {
    (file.value as { models: EntryData[] }).models.forEach((data, i) => {
      const draft: Draft = { data, file, at: ['models', i], derived: false };
      const clash = ids.get(data.id);
      if (clash) report(file, [...draft.at, 'id'], `duplicate id "${data.id}" (also in ${clash.file.path})`);
      ids.set(data.id, draft);
      if (data.eosai !== undefined) {
        if (!eosai.has(data.eosai)) report(file, [...draft.at, 'eosai'], `no EOSAI record "${data.eosai}" in derived/eosai.yaml`);
        else if (claimedEosai.has(data.eosai)) report(file, [...draft.at, 'eosai'], `EOSAI record "${data.eosai}" is already claimed by "${claimedEosai.get(data.eosai)!.data.id}"`);
        else claimedEosai.set(data.eosai, draft);
      }
      (data.mof ?? []).forEach((key, j) => {
        if (!mof.has(key)) report(file, [...draft.at, 'mof', j], `no MOF record "${key}" in derived/mof.yaml`);
        else if (claimedMof.has(key)) report(file, [...draft.at, 'mof', j], `MOF record "${key}" is already claimed by "${claimedMof.get(key)!.data.id}"`);
        else claimedMof.set(key, draft);
      });
      if (data.weights === 'none' && data.license !== null) report(file, [...draft.at, 'license'], 'must be null when no weights are released');
      drafts.push(draft);
    });
  }

  // 4. Records no curated entry claims become entries of their own.
  for (const [key, record] of eosai) {
    if (claimedEosai.has(key)) continue;
    const weights = weightsFromGrade(record.grades.endWeights);
    drafts.push({
      file: eosaiFile, at: ['records', key], derived: true,
      data: {
        id: `eosai-${key}`, name: record.name, producer: record.organisation || 'unknown', capability: record.capability,
        license: weights === 'none' ? null : record.license, weights, eosai: key,
        match: record.huggingface.length ? { huggingface: record.huggingface } : undefined,
        links: record.link?.startsWith('https://') ? [record.link] : [], sources: [],
      },
    });
  }
  for (const [key, record] of mof) {
    const evaluation = evaluations.get(key);
    if (claimedMof.has(key) || !evaluation) continue;
    // Released when the record lists the final parameters (unless proprietary), or links them on the Hub.
    const parameters = evaluation.components['Model parameters (Final)'];
    const released = parameters === undefined ? record.huggingface !== null : parameters !== PROPRIETARY;
    const stated = !released ? null : parameters === undefined ? record.licenses.distribution ?? null : parameters;
    const license = stated !== null && (stated.startsWith('LicenseRef-') || isKnownLicense(stated)) ? stated : null;
    drafts.push({
      file: mofFile, at: ['records', key], derived: true,
      data: {
        id: `mof-${key}`, name: record.name, producer: record.producer || 'unknown', capability: record.capability,
        license, weights: released ? 'open' : 'none', mof: [key],
        match: record.huggingface ? { huggingface: [record.huggingface] } : undefined,
        links: record.huggingface ? [`https://huggingface.co/${record.huggingface}`] : [], sources: [],
      },
    });
  }

  // 5. Licences must be known to the licence module or described in curated/licenses.yaml, which only
  //    describes licences that restrict use.
  for (const draft of drafts) {
    const license = draft.data.license;
    if (license !== null && !isKnownLicense(license) && !licenses.has(license)) {
      report(draft.file, [...draft.at, 'license'], `unknown licence ${license}: describe it in curated/licenses.yaml (or use its SPDX id)`);
    }
  }
  for (const [id] of licenses) {
    if (!id.startsWith('LicenseRef-') && !isKnownLicense(id)) report(licensesFile, ['licenses', id], `${id} is not an SPDX id; write LicenseRef-${id}`);
    else if (licenseVerdict(id) === 'open') report(licensesFile, ['licenses', id], `the licence module judges ${id} open; only restrictive licences belong here`);
  }
  if (problems.length) return fail();

  // 6. Match keys, tier by tier: curated patterns, derived patterns, then release names taken from ids.
  const claims: Record<Namespace, Map<string, Claim[]>> = { exact: new Map(), prefixes: new Map(), ollama: new Map(), names: new Map() };
  const claim = (ns: Namespace, key: string, c: Claim) => {
    const list = claims[ns].get(key);
    if (!list) claims[ns].set(key, [c]);
    else if (!list.some((other) => other.draft === c.draft)) list.push(c);
  };
  for (const draft of drafts) {
    const tier = draft.derived ? 1 : 0;
    for (const [field, ns, form] of MATCH_GROUPS) {
      (draft.data.match?.[field] ?? []).forEach((pattern, i) => {
        let keys: string[];
        try {
          keys = expandBraces(pattern.toLowerCase());
        } catch (e) {
          report(draft.file, [...draft.at, 'match', field, i], (e as Error).message);
          return;
        }
        for (const key of keys) {
          claim(ns, key, { draft, tier, form });
          if (field === 'huggingface') for (const name of releaseNames(key)) claim('names', name, { draft, tier: tier + 2, form: 'names' });
        }
      });
    }
  }
  if (problems.length) return fail();
  const won = new Map<Draft, Record<keyof MatchKeys, string[]>>(
    drafts.map((d) => [d, { huggingface: [], api: [], prefixes: [], ollama: [], names: [] }]));
  let dropped = 0;
  for (const ns of Object.keys(claims) as Namespace[]) {
    for (const [key, list] of claims[ns]) {
      const top = Math.min(...list.map((c) => c.tier));
      const winners = list.filter((c) => c.tier === top);
      const providers = new Set(winners.map((c) => c.draft.data.provider));
      if (winners.length > 1 && (top > 0 || providers.size < winners.length || providers.has(undefined))) {
        if (top === 0) {
          const [first, second] = winners;
          report(second.draft.file, [...second.draft.at, 'match'],
            `"${key}" is also matched by "${first.draft.data.id}" (${first.draft.file.path}); give both a distinct provider or remove one`);
        } else dropped++;
        continue;
      }
      for (const c of winners) won.get(c.draft)![c.form].push(key);
    }
  }
  if (problems.length) return fail();
  if (dropped) notes.push(`${dropped} match keys claimed by several derived entries were dropped as ambiguous`);

  // 7. Derived fields, then the output.
  const out: KnownModel[] = drafts.map((draft) => {
    const { data } = draft;
    const record = data.eosai !== undefined ? eosai.get(data.eosai)! : null;
    const releases = (data.mof ?? []).map((key) => ({ key, record: mof.get(key)!, evaluation: evaluations.get(key)! }));
    const dimension = (name: Dimension): Availability => {
      const stated = data[name];
      if (stated !== undefined) return stated;
      const fromIndex = record ? fromEosai(record.grades, name) : 'unknown';
      if (fromIndex !== 'unknown') return fromIndex;
      const fromFramework = fromMof(releases.map((r) => r.evaluation), name);
      if (fromFramework !== 'unknown') return fromFramework;
      return data.weights === 'none' && name !== 'documentation' ? 'closed' : 'unknown';
    };
    const code = dimension('trainingCode');
    const trainingData = dimension('trainingData');
    const verdict = verdictOf(data.weights, data.license);
    const text = data.license === null ? undefined : licenses.get(data.license);
    const mofReleases: MofRelease[] = releases.map(({ key, record: r, evaluation }) => ({
      record: key, name: r.name, huggingface: r.huggingface, mofClass: evaluation.mofClass, components: evaluation.components,
    }));
    const openness: ModelOpenness = {
      weights: data.weights,
      code,
      data: trainingData,
      license: licenseAvailability(verdict, data.license),
      documentation: dimension('documentation'),
      osaid: osaidOf(verdict, code, trainingData),
      mofClass: bestClass(mofReleases.map((r) => r.mofClass)),
    };
    return {
      id: data.id,
      name: data.name,
      usage: usageOf(data),
      producer: data.producer,
      capability: data.capability,
      provider: data.provider ?? null,
      license: data.license,
      licenseName: data.license === null ? null : licenseName(data.license, text),
      verdict,
      openness,
      reason: reasonFor(verdict, data.weights, data.license, text),
      note: data.note ?? null,
      eosai: record ? { file: record.file, name: record.name, grades: record.grades } : null,
      mof: mofReleases,
      fmti: fmtiOf(data.producer),
      links: data.links ?? [],
      sources: [...data.sources, ...(record ? [`eosai:${record.file}`] : []), ...releases.map((r) => `mof:${r.record.file}`)],
      derived: draft.derived,
      match: won.get(draft)!,
    };
  });

  const alternativesFile = parsed.get('curated/alternatives.yaml')!;
  const alternatives = (alternativesFile.value as { alternatives: Partial<Record<Capability, string[]>> }).alternatives;
  const byId = new Map(out.map((m) => [m.id, m]));
  for (const [capability, list] of Object.entries(alternatives) as [Capability, string[]][]) {
    list.forEach((id, i) => {
      const model = byId.get(id);
      const at = ['alternatives', capability, i];
      if (!model) report(alternativesFile, at, `no entry "${id}"`);
      else if (model.verdict !== 'open') report(alternativesFile, at, `"${id}" is ${model.verdict}, not open`);
      else if (model.capability !== capability) report(alternativesFile, at, `"${id}" is a ${model.capability} model, not ${capability}`);
    });
  }
  if (problems.length) return fail();

  const knowledge: CompiledKnowledge = { version: KNOWLEDGE_FORMAT, models: out, alternatives };
  return { knowledge, problems, notes, stats: statistics(knowledge, valueOf('derived/api-ids.yaml'), notes) };
}

/** The first id an entry lists, in its producer's spelling (patterns expanded). */
function usageOf(data: EntryData): string | null {
  const first = data.match?.huggingface?.[0] ?? data.match?.ids?.[0] ?? data.match?.ollama?.[0];
  return first === undefined ? null : expandBraces(first)[0];
}

function weightsFromGrade(grade: Grade): Weights {
  return grade === 'open' ? 'open' : grade === 'partial' ? 'gated' : 'none';
}

/** Repository names a Hugging Face id is also known by: `org/Name-hf` -> `name-hf`, `name`. */
function releaseNames(key: string): string[] {
  const name = key.includes('/') ? key.slice(key.indexOf('/') + 1) : key;
  return name.endsWith('-hf') ? [name, name.slice(0, -3)] : [name];
}

function statistics(knowledge: CompiledKnowledge, apiIds: { providers: Record<string, { id: string }[]> }, notes: string[]): KnowledgeStats {
  const byVerdict: Record<KnownVerdict, number> = { open: 0, restricted: 0, closed: 0 };
  const byCapability = Object.fromEntries(CAPABILITIES.map((c) => [c, 0])) as Record<Capability, number>;
  for (const m of knowledge.models) {
    byVerdict[m.verdict]++;
    byCapability[m.capability]++;
  }
  const index = buildIndex(knowledge);
  const apiCoverage: Record<string, { total: number; recognised: number }> = {};
  for (const [provider, list] of Object.entries(apiIds.providers)) {
    const missing = list.filter((row) => !index.match(row.id, provider)).map((row) => row.id);
    apiCoverage[provider] = { total: list.length, recognised: list.length - missing.length };
    if (missing.length) notes.push(`${provider}: ${missing.length} API ids not recognised: ${missing.join(', ')}`);
  }
  const derived = knowledge.models.filter((m) => m.derived).length;
  return { entries: knowledge.models.length, curated: knowledge.models.length - derived, derived, byVerdict, byCapability, apiCoverage };
}

function locate(file: Parsed, at: Path): string {
  for (let n = at.length; n >= 0; n--) {
    const node = file.doc.getIn(at.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) {
      const { line, col } = file.lines.linePos(node.range[0]);
      return `${file.path}:${line}:${col}`;
    }
  }
  return `${file.path}:1:1`;
}

function formatPath(at: Path): string {
  if (!at.length) return '';
  return `${at.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')}: `;
}

// Service-bound packages: open-source SDKs whose only purpose is a closed service. Their licence
// verdict stays what their licence says; they are marked with the service and the models the project
// calls through them, and whether the client is pointed at a self-hosted server instead.
import type { Finding, ModelFinding, PackageFinding, ServiceBinding } from '../types';
import data from './services.json';

interface ServiceEntry {
  readonly provider: string;
  readonly service: string;
  readonly packages: { readonly npm: readonly string[]; readonly pypi: readonly string[] };
}

const SERVICES = new Map<string, ServiceEntry>();
for (const entry of data.services as readonly ServiceEntry[]) {
  for (const name of entry.packages.npm) SERVICES.set(`npm:${name}`, entry);
  for (const name of entry.packages.pypi) SERVICES.set(`pypi:${name}`, entry);
}

/** The package ecosystem a model reference's client package belongs to, from the file's language. */
function clientEcosystem(model: ModelFinding): 'npm' | 'pypi' {
  return /\.(py|pyi|ipynb)$/.test(model.file) ? 'pypi' : 'npm';
}

/** The service a package is bound to, if any. */
export function serviceOf(ecosystem: string, name: string): { provider: string; service: string } | undefined {
  return SERVICES.get(`${ecosystem}:${name}`);
}

export function bindServices(findings: readonly Finding[]): Finding[] {
  const callsByClient = new Map<string, ModelFinding[]>();
  for (const f of findings) {
    if (f.kind !== 'model' || !f.clientPackage) continue;
    const key = `${clientEcosystem(f)}:${f.clientPackage}`;
    callsByClient.set(key, [...(callsByClient.get(key) ?? []), f]);
  }
  return findings.map((f) => {
    if (f.kind !== 'package') return f;
    const entry = SERVICES.get(`${f.ecosystem}:${f.name}`);
    if (!entry) return f;
    const calls = callsByClient.get(`${f.ecosystem}:${f.name}`) ?? [];
    const allSelfHosted = calls.length > 0 && calls.every((c) => c.selfHosted);
    const service: ServiceBinding = {
      service: entry.service,
      provider: entry.provider,
      models: calls.map((c) => ({
        name: c.name,
        file: c.file,
        line: c.range.start.line + 1,
        verdict: c.verdict,
        ...(c.selfHosted ? { selfHosted: c.selfHosted } : {}),
      })),
      ...(allSelfHosted ? { selfHosted: calls[0].selfHosted } : {}),
    };
    return { ...f, service } satisfies PackageFinding;
  });
}
